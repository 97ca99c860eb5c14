// <atrium-console>: a VM's screen in the page, through noVNC (the VNC client Proxmox embeds).
// Bundled with noVNC into pkg-<hash>/console.js by scripts/build-split.sh and loaded only when a
// customer opens a console, so no other page pays for it. The VM page (src/pages/vms/console.rs)
// creates the element, calls the methods below and listens for `atrium-console` events
// ({state: 'connecting' | 'connected' | 'disconnected', clean}); everything else stays in Rust.
//
// It connects only to a same-origin path (a console ticket URL): the page's CSP allows nothing
// else, and noVNC needs nothing beyond it (styles are set from script, images are data: URLs).
import RFB from '@novnc/novnc';

const SHIFT = 0xffe1;
const RETURN = 0xff0d;
const TAB = 0xff09;
const ESCAPE = 0xff1b;
const CONTROL = 0xffe3;

// What a US keyboard types for each printable ASCII character: the physical key (QEMU takes
// scancodes, so the key's `code` decides what arrives) and whether Shift is held.
const US_KEYS = (() => {
  const keys = new Map();
  for (const c of 'abcdefghijklmnopqrstuvwxyz') {
    keys.set(c, [`Key${c.toUpperCase()}`, false]);
    keys.set(c.toUpperCase(), [`Key${c.toUpperCase()}`, true]);
  }
  const shiftedDigits = ')!@#$%^&*(';
  for (let d = 0; d < 10; d++) {
    keys.set(String(d), [`Digit${d}`, false]);
    keys.set(shiftedDigits[d], [`Digit${d}`, true]);
  }
  const pairs = [
    ['-', '_', 'Minus'], ['=', '+', 'Equal'], ['[', '{', 'BracketLeft'], [']', '}', 'BracketRight'],
    ['\\', '|', 'Backslash'], [';', ':', 'Semicolon'], ["'", '"', 'Quote'], [',', '<', 'Comma'],
    ['.', '>', 'Period'], ['/', '?', 'Slash'], ['`', '~', 'Backquote'],
  ];
  for (const [plain, shifted, code] of pairs) {
    keys.set(plain, [code, false]);
    keys.set(shifted, [code, true]);
  }
  keys.set(' ', ['Space', false]);
  return keys;
})();

class AtriumConsole extends HTMLElement {
  constructor() {
    super();
    this.rfb = null;
    this.scale = true;
    // Ctrl+] (telnet's escape key) gives the keyboard back to the page: while the screen has
    // focus every other key, Tab included, goes to the server. Caught before noVNC sees it.
    this.addEventListener('keydown', (e) => {
      if (e.ctrlKey && (e.key === ']' || e.code === 'BracketRight')) {
        e.preventDefault();
        e.stopImmediatePropagation();
        this.rfb?.blur();
        this.dispatchEvent(new CustomEvent('atrium-console-release', { bubbles: true }));
      }
    }, true);
  }

  /// Opens the screen at `path` (a same-origin console ticket URL).
  connect(path) {
    this.disconnect();
    if (!path.startsWith('/') || path.startsWith('//')) {
      this.report('disconnected', false);
      return;
    }
    const screen = document.createElement('div');
    screen.className = 'console-screen__canvas';
    this.replaceChildren(screen);
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const rfb = new RFB(screen, scheme + location.host + path, { wsProtocols: ['binary'] });
    rfb.scaleViewport = this.scale;
    rfb.focusOnClick = true;
    rfb.background = 'transparent';
    rfb.addEventListener('connect', () => this.report('connected', true));
    rfb.addEventListener('disconnect', (e) => {
      if (this.rfb === rfb) {
        this.rfb = null;
        this.report('disconnected', Boolean(e.detail && e.detail.clean));
      }
    });
    this.rfb = rfb;
    this.report('connecting', true);
  }

  disconnect() {
    const rfb = this.rfb;
    this.rfb = null;
    if (rfb) rfb.disconnect();
  }

  disconnectedCallback() {
    this.disconnect();
  }

  report(state, clean) {
    this.dataset.state = state;
    this.dispatchEvent(new CustomEvent('atrium-console', { bubbles: true, detail: { state, clean } }));
  }

  setScale(on) {
    this.scale = Boolean(on);
    if (this.rfb) this.rfb.scaleViewport = this.scale;
  }

  focusScreen() {
    this.rfb?.focus();
  }

  ctrlAltDel() {
    this.rfb?.sendCtrlAltDel();
  }

  /// One of the keys a browser keeps for itself or that the page's keyboard cannot send.
  sendSpecial(name) {
    const rfb = this.rfb;
    if (!rfb) return;
    const tap = (sym, code) => rfb.sendKey(sym, code);
    switch (name) {
      case 'esc': tap(ESCAPE, 'Escape'); break;
      case 'tab': tap(TAB, 'Tab'); break;
      case 'ctrl-c':
        rfb.sendKey(CONTROL, 'ControlLeft', true);
        tap(0x63, 'KeyC');
        rfb.sendKey(CONTROL, 'ControlLeft', false);
        break;
      case 'ctrl-d':
        rfb.sendKey(CONTROL, 'ControlLeft', true);
        tap(0x64, 'KeyD');
        rfb.sendKey(CONTROL, 'ControlLeft', false);
        break;
      default: break;
    }
  }

  /// Types `text` as keystrokes (a password the clipboard cannot reach the server with). Answers
  /// how many characters could not be typed (outside printable ASCII on a US layout); nothing is
  /// typed then, so half a password never arrives.
  typeText(text) {
    const rfb = this.rfb;
    const chars = [...text.replace(/\r\n?/g, '\n')];
    const untypable = chars.filter((c) => c !== '\n' && c !== '\t' && !US_KEYS.has(c)).length;
    if (!rfb || untypable > 0) return untypable || chars.length;
    for (const c of chars) {
      if (c === '\n') { rfb.sendKey(RETURN, 'Enter'); continue; }
      if (c === '\t') { rfb.sendKey(TAB, 'Tab'); continue; }
      const [code, shift] = US_KEYS.get(c);
      if (shift) rfb.sendKey(SHIFT, 'ShiftLeft', true);
      rfb.sendKey(c.charCodeAt(0), code);
      if (shift) rfb.sendKey(SHIFT, 'ShiftLeft', false);
    }
    return 0;
  }
}

if (!customElements.get('atrium-console')) customElements.define('atrium-console', AtriumConsole);
