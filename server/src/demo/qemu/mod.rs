//! Real virtual machines for the demo portal (issue 19): QEMU processes driven over QMP. The
//! simulated VMs (`vm_sim.rs`) stay for the others and where QEMU is absent.

pub mod live;
pub mod machine;
pub mod qmp;
