//! The power state machine. The portal's word for a VM's state becomes a [`PowerState`]; only
//! the actions that make sense in that state are offered ([`PowerAction::allowed`]), a sent
//! action shows what it is doing until the portal reports a transitional or settled state, and
//! every transitional state ends when the portal reports a settled one ([`Busy::ended_by`]).
//! Nothing here invents a state: the badge always shows the last state the portal reported.

/// A task under way on the hypervisor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Busy {
    /// Booting.
    Starting,
    /// Powering off (hard).
    Stopping,
    /// Asking the OS to power off.
    ShuttingDown,
    /// Rebooting or resetting.
    Rebooting,
    /// Booting into the rescue system.
    EnteringRescue,
    /// Booting back into its own disk.
    LeavingRescue,
    /// Reinstalling from a template.
    Rebuilding,
    /// Being created.
    Creating,
    /// Locked by some other task the portal did not name.
    Locked,
}

/// A VM's state as the portal reports it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PowerState {
    /// Powered on.
    Running,
    /// Powered off.
    Stopped,
    /// Running the provider's rescue system.
    Rescue,
    /// A task is under way.
    Busy(Busy),
    /// Suspended by the provider: no power control.
    Suspended,
    /// A word this app does not know, shown as is, no actions offered.
    Unknown(String),
}

/// What the customer can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PowerAction {
    /// Boot a stopped VM.
    Start,
    /// Graceful: ask the OS to power off.
    Shutdown,
    /// Hard power off (like pulling the plug).
    Stop,
    /// Graceful restart.
    Reboot,
    /// Hard reset.
    Reset,
    /// Boot into the rescue system.
    Rescue,
    /// Leave the rescue system.
    Unrescue,
}

impl PowerAction {
    /// Every action, in the order the console shows them.
    pub const ALL: [PowerAction; 7] = [
        PowerAction::Start,
        PowerAction::Shutdown,
        PowerAction::Reboot,
        PowerAction::Stop,
        PowerAction::Reset,
        PowerAction::Rescue,
        PowerAction::Unrescue,
    ];

    /// The route word (`POST /service/@id/vms/@vmid/<word>`).
    pub fn route(self) -> &'static str {
        match self {
            PowerAction::Start => "start",
            PowerAction::Shutdown => "shutdown",
            PowerAction::Stop => "stop",
            PowerAction::Reboot => "reboot",
            PowerAction::Reset => "reset",
            PowerAction::Rescue => "rescue",
            PowerAction::Unrescue => "unrescue",
        }
    }

    /// Whether the action makes sense in `state` (the portal refuses the others).
    pub fn allowed(self, state: &PowerState) -> bool {
        use PowerAction::*;
        match state {
            PowerState::Running => matches!(self, Shutdown | Stop | Reboot | Reset | Rescue),
            PowerState::Stopped => matches!(self, Start | Rescue),
            PowerState::Rescue => matches!(self, Unrescue),
            PowerState::Busy(_) | PowerState::Suspended | PowerState::Unknown(_) => false,
        }
    }

    /// The task the action starts (what the button says while it waits for the portal).
    pub fn starts(self) -> Busy {
        match self {
            PowerAction::Start => Busy::Starting,
            PowerAction::Shutdown => Busy::ShuttingDown,
            PowerAction::Stop => Busy::Stopping,
            PowerAction::Reboot | PowerAction::Reset => Busy::Rebooting,
            PowerAction::Rescue => Busy::EnteringRescue,
            PowerAction::Unrescue => Busy::LeavingRescue,
        }
    }

    /// The settled state the action leads to.
    pub fn leads_to(self) -> PowerState {
        match self {
            PowerAction::Start | PowerAction::Reboot | PowerAction::Reset => PowerState::Running,
            PowerAction::Unrescue => PowerState::Running,
            PowerAction::Shutdown | PowerAction::Stop => PowerState::Stopped,
            PowerAction::Rescue => PowerState::Rescue,
        }
    }

    /// Whether the customer must confirm first: everything that interrupts a running machine.
    pub fn needs_confirmation(self) -> bool {
        !matches!(self, PowerAction::Start)
    }
}

impl Busy {
    /// Whether the portal's report `seen` ends this task: any settled state does (a failed
    /// task settles too, usually back where it was), another transitional state does not.
    pub fn ended_by(self, seen: &PowerState) -> bool {
        !matches!(seen, PowerState::Busy(_))
    }
}

impl PowerState {
    /// Reads the portal's word (HostBill passes through Proxmox, OpenStack, SolusVM and
    /// Virtualizor words, so several spellings mean the same).
    pub fn parse(raw: &str) -> PowerState {
        let word = raw.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        match word.as_str() {
            "running" | "online" | "on" | "active" | "started" | "up" => PowerState::Running,
            "stopped" | "offline" | "off" | "shutoff" | "halted" | "poweroff" | "down" => {
                PowerState::Stopped
            }
            "rescue" | "rescued" | "rescue_mode" => PowerState::Rescue,
            "starting" | "booting" | "powering_on" => PowerState::Busy(Busy::Starting),
            "stopping" | "powering_off" => PowerState::Busy(Busy::Stopping),
            "shutting_down" | "shutdown_pending" => PowerState::Busy(Busy::ShuttingDown),
            "rebooting" | "restarting" | "resetting" | "reboot" => {
                PowerState::Busy(Busy::Rebooting)
            }
            "entering_rescue" => PowerState::Busy(Busy::EnteringRescue),
            "leaving_rescue" | "unrescuing" => PowerState::Busy(Busy::LeavingRescue),
            "rebuilding" | "reinstalling" | "rebuild" => PowerState::Busy(Busy::Rebuilding),
            "creating" | "building" | "provisioning" | "pending" | "installing" => {
                PowerState::Busy(Busy::Creating)
            }
            "locked" | "busy" | "migrating" => PowerState::Busy(Busy::Locked),
            "suspended" => PowerState::Suspended,
            _ => PowerState::Unknown(raw.trim().to_string()),
        }
    }

    /// Whether a task is under way (the page polls faster and offers no actions).
    pub fn is_busy(&self) -> bool {
        matches!(self, PowerState::Busy(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_words_map_to_states() {
        assert_eq!(PowerState::parse("Running"), PowerState::Running);
        assert_eq!(
            PowerState::parse("shutting down"),
            PowerState::Busy(Busy::ShuttingDown)
        );
        assert_eq!(PowerState::parse("offline"), PowerState::Stopped);
        assert_eq!(
            PowerState::parse("hibernating"),
            PowerState::Unknown("hibernating".into())
        );
    }

    #[test]
    fn no_start_on_a_running_vm_and_nothing_while_busy() {
        assert!(!PowerAction::Start.allowed(&PowerState::Running));
        assert!(PowerAction::Start.allowed(&PowerState::Stopped));
        assert!(
            PowerAction::ALL
                .iter()
                .all(|a| !a.allowed(&PowerState::Busy(Busy::Rebuilding)))
        );
    }
}
