//! An OpenSSH public key line (`ssh-ed25519 AAAA... comment`), read the way `ssh-keygen -l`
//! reads it: the base64 blob must decode and name the same type as the line, RSA keys must have
//! at least 2048 bits, and the fingerprint is `SHA256:` and the unpadded base64 of the blob's
//! SHA-256, so the customer can compare it with their own machine's before sending.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use sha2::{Digest, Sha256};

/// Key types OpenSSH accepts for sign-in.
const TYPES: [&str; 8] = [
    "ssh-ed25519",
    "ssh-rsa",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
    "ssh-dss",
];

/// A parsed public key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SshKey {
    /// Its type (`ssh-ed25519`).
    pub kind: String,
    /// Its size in bits where it has one that matters (RSA).
    pub bits: Option<u32>,
    /// `SHA256:...`.
    pub fingerprint: String,
    /// The comment after the key, if any.
    pub comment: String,
    /// The line to send: type, blob and comment, single-spaced.
    pub line: String,
}

/// Why a line is not a usable key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Nothing pasted.
    Empty,
    /// A private key was pasted: it must never leave the customer's machine.
    Private,
    /// Not `<type> <base64> [comment]` with a known type.
    NotAKey,
    /// DSA: refused by OpenSSH since 7.0.
    Dsa,
    /// An RSA key under 2048 bits.
    RsaTooShort,
}

/// Reads a pasted public key.
pub fn parse_key(text: &str) -> Result<SshKey, KeyProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(KeyProblem::Empty);
    }
    if text.contains("PRIVATE KEY") {
        return Err(KeyProblem::Private);
    }
    let mut words = text.split_whitespace();
    let (kind, data) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let comment = words.collect::<Vec<_>>().join(" ");
    if !TYPES.contains(&kind) {
        return Err(KeyProblem::NotAKey);
    }
    let blob = STANDARD.decode(data).map_err(|_| KeyProblem::NotAKey)?;
    let mut reader = Reader(&blob);
    if reader.string() != Some(kind.as_bytes()) {
        return Err(KeyProblem::NotAKey);
    }
    let bits = match kind {
        "ssh-dss" => return Err(KeyProblem::Dsa),
        "ssh-rsa" => {
            let _exponent = reader.string().ok_or(KeyProblem::NotAKey)?;
            let modulus = reader.string().ok_or(KeyProblem::NotAKey)?;
            let bits = mpint_bits(modulus);
            if bits < 2048 {
                return Err(KeyProblem::RsaTooShort);
            }
            Some(bits)
        }
        "ssh-ed25519" => {
            if reader.string().map(<[u8]>::len) != Some(32) {
                return Err(KeyProblem::NotAKey);
            }
            None
        }
        _ => None,
    };
    let fingerprint = format!("SHA256:{}", STANDARD_NO_PAD.encode(Sha256::digest(&blob)));
    let line = if comment.is_empty() {
        format!("{kind} {data}")
    } else {
        format!("{kind} {data} {comment}")
    };
    Ok(SshKey {
        kind: kind.to_string(),
        bits,
        fingerprint,
        comment,
        line,
    })
}

/// The size of an SSH `mpint` in bits (big-endian, a leading zero byte for the sign).
fn mpint_bits(bytes: &[u8]) -> u32 {
    let trimmed: &[u8] = match bytes.iter().position(|b| *b != 0) {
        Some(i) => &bytes[i..],
        None => return 0,
    };
    (trimmed.len() as u32 - 1) * 8 + (8 - trimmed[0].leading_zeros())
}

/// Reads SSH wire strings (a u32 length, then the bytes).
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn string(&mut self) -> Option<&'a [u8]> {
        let len = u32::from_be_bytes(self.0.get(..4)?.try_into().ok()?) as usize;
        let s = self.0.get(4..4 + len)?;
        self.0 = &self.0[4 + len..];
        Some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Made with `ssh-keygen -t ed25519 -C alex@laptop`; the fingerprint is what `ssh-keygen -lf`
    // printed for it.
    const ED25519: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIECi/2h7nsU9II3HSRJFBqbIrySG1ULJ06k05+CDQvR3 alex@laptop";

    fn rsa_line(bits: usize) -> String {
        let mut blob = Vec::new();
        for part in [
            &b"ssh-rsa"[..],
            &[1, 0, 1][..],
            &[&[0u8][..], &vec![0xC5; bits / 8][..]].concat(),
        ] {
            blob.extend((part.len() as u32).to_be_bytes());
            blob.extend(part);
        }
        format!("ssh-rsa {} me@host", STANDARD.encode(blob))
    }

    #[test]
    fn an_ed25519_key_gets_the_fingerprint_ssh_keygen_prints() {
        let key = parse_key(&format!("  {ED25519}\n")).unwrap();
        assert_eq!(key.kind, "ssh-ed25519");
        assert_eq!(key.comment, "alex@laptop");
        assert_eq!(
            key.fingerprint,
            "SHA256:5DPKhFXIxKRLaCjRgDQ6MsRcQ0bG66RxocL9uu+X00c"
        );
        assert_eq!(key.line, ED25519);
    }

    #[test]
    fn rsa_keys_need_2048_bits() {
        assert_eq!(parse_key(&rsa_line(4096)).unwrap().bits, Some(4096));
        assert_eq!(parse_key(&rsa_line(1024)), Err(KeyProblem::RsaTooShort));
    }

    #[test]
    fn what_is_not_a_public_key_is_refused() {
        assert_eq!(parse_key(""), Err(KeyProblem::Empty));
        assert_eq!(
            parse_key(
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----"
            ),
            Err(KeyProblem::Private)
        );
        assert_eq!(parse_key("hello world"), Err(KeyProblem::NotAKey));
        assert_eq!(
            parse_key("ssh-ed25519 not-base64!"),
            Err(KeyProblem::NotAKey)
        );
        // The blob names another type than the line.
        let swapped = ED25519.replacen("ssh-ed25519", "ssh-rsa", 1);
        assert_eq!(parse_key(&swapped), Err(KeyProblem::NotAKey));
        // Cut short.
        assert_eq!(parse_key(&ED25519[..60]), Err(KeyProblem::NotAKey));
        let mut dss = Vec::new();
        dss.extend(7u32.to_be_bytes());
        dss.extend(b"ssh-dss");
        assert_eq!(
            parse_key(&format!("ssh-dss {}", STANDARD.encode(dss))),
            Err(KeyProblem::Dsa)
        );
    }
}
