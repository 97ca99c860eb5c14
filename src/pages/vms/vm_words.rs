//! The vms pages' own words (English and Vietnamese), compiled into the area's chunk rather
//! than the first load's catalogue (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the vms pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VmWord {
    VmResizeWithin,
    VmResizeMore,
    OnThisPage,
    VmSize,
    VmUsageShort,
    VmRestoreViaSupport,
    VmRestoreSubject,
    VmBackupsNotOffered,
    VmNotFound,
    NoVms,
    VmCpu,
    VmMemory,
    VmDisk,
    VmAddresses,
    VmCores,
    VmPower,
    VmConsole,
    VmStart,
    VmStop,
    VmShutdown,
    VmReboot,
    VmReset,
    VmRescueAction,
    VmUnrescue,
    VmSending,
    VmConfirmStop,
    VmConfirmShutdown,
    VmConfirmReboot,
    VmConfirmReset,
    VmConfirmRescue,
    VmConfirmUnrescue,
    VmActionFailed,
    VmLastChecked,
    VmStatusUnavailable,
    VmRebuild,
    VmRebuildNetworkShort,
    VmRebuildLead,
    VmRebuildNamed,
    VmRebuildWarning,
    VmChooseTemplate,
    VmRebuildStarted,
    VmUsage,
    VmUsageNone,
    VmCpuChart,
    VmNetworkChart,
    VmDiskChart,
    VmInbound,
    VmOutbound,
    VmRead,
    VmWrite,
    VmTime,
    VmShowTable,
    VmChartSummary,
    VmTraffic,
    VmTrafficUsed,
    VmNetwork,
    VmReverseDns,
    VmSaveRdns,
    VmRdnsSaved,
    VmRdnsInvalid,
    VmPrimary,
    VmAddAddress,
    VmNoSpareAddress,
    VmRemoveAddress,
    VmConfirmRemoveIp,
    VmStorage,
    VmGrowDisk,
    VmGrow,
    VmStopFirst,
    VmDiskGrown,
    VmDiskRange,
    VmBackups,
    VmNoBackups,
    VmBackupSize,
    VmConfirmDeleteBackup,
    VmAccess,
    VmResetPassword,
    VmConfirmResetPassword,
    VmNewPassword,
    Copied,
    VmResize,
    VmResizeSave,
    VmResized,
    VmDestroy,
    VmDestroyNamed,
    VmDestroyWarning,
    VmCreate,
    VmCreateSubmit,
    VmLabel,
    VmLabelInvalid,
    VmOverLimit,
    VmResources,
    VmResourceLine,
    VmServers,
    VmBackToService,
    ConfirmAddAddress,
    PanelPasswordTitle,
    PanelPasswordLead,
    NewPanelPassword,
    SetPanelPassword,
    PanelPasswordSet,
    VmHostnameLabel,
    VmHostnameSaved,
    NewRootPassword,
    SetRootPassword,
    RootPasswordSet,
}

impl AreaWords for VmWord {
    fn text(self, lang: Lang) -> &'static str {
        use VmWord::*;
        match (self, lang) {
            (VmResizeWithin, Lang::En) => {
                "Up to {cpu} and {memory} of memory fit in this service's resources: resizing within them does not change what you pay."
            }
            (VmResizeWithin, Lang::Vi) => {
                "Tối đa {cpu} và {memory} bộ nhớ nằm trong tài nguyên của dịch vụ này: thay đổi trong giới hạn đó không làm đổi số tiền bạn trả."
            }
            (VmResizeMore, Lang::En) => "Need more? Change plan",
            (VmResizeMore, Lang::Vi) => "Cần thêm? Đổi gói",
            (OnThisPage, Lang::En) => "On this page",
            (OnThisPage, Lang::Vi) => "Trên trang này",
            (VmSize, Lang::En) => "Size",
            (VmSize, Lang::Vi) => "Cấu hình",
            (VmUsageShort, Lang::En) => "Usage",
            (VmUsageShort, Lang::Vi) => "Mức sử dụng",
            (VmRestoreViaSupport, Lang::En) => "Ask to restore",
            (VmRestoreViaSupport, Lang::Vi) => "Yêu cầu khôi phục",
            (VmRestoreSubject, Lang::En) => "Please restore backup {backup} of server {server}",
            (VmRestoreSubject, Lang::Vi) => {
                "Xin khôi phục bản sao lưu {backup} của máy chủ {server}"
            }
            (VmBackupsNotOffered, Lang::En) => {
                "This portal does not restore backups or take one on demand from here: ask to restore one and support will do it with you."
            }
            (VmBackupsNotOffered, Lang::Vi) => {
                "Cổng này không khôi phục hay tạo bản sao lưu theo yêu cầu tại đây: hãy gửi yêu cầu khôi phục, bộ phận hỗ trợ sẽ thực hiện cùng bạn."
            }
            (VmNotFound, Lang::En) => {
                "This virtual server does not exist or belongs to another account."
            }
            (VmNotFound, Lang::Vi) => "Máy chủ ảo này không tồn tại hoặc thuộc về tài khoản khác.",
            (NoVms, Lang::En) => "This service has no virtual servers yet.",
            (NoVms, Lang::Vi) => "Dịch vụ này chưa có máy chủ ảo nào.",
            (VmCpu, Lang::En) => "CPU",
            (VmCpu, Lang::Vi) => "CPU",
            (VmMemory, Lang::En) => "Memory",
            (VmMemory, Lang::Vi) => "Bộ nhớ",
            (VmDisk, Lang::En) => "Disk",
            (VmDisk, Lang::Vi) => "Ổ đĩa",
            (VmAddresses, Lang::En) => "IP addresses",
            (VmAddresses, Lang::Vi) => "Địa chỉ IP",
            (VmCores, Lang::En) => "{n} cores",
            (VmCores, Lang::Vi) => "{n} lõi",
            (VmPower, Lang::En) => "Power",
            (VmPower, Lang::Vi) => "Nguồn",
            (VmConsole, Lang::En) => "Console",
            (VmConsole, Lang::Vi) => "Màn hình điều khiển",
            (VmStart, Lang::En) => "Start",
            (VmStart, Lang::Vi) => "Bật",
            (VmStop, Lang::En) => "Power off",
            (VmStop, Lang::Vi) => "Tắt nguồn",
            (VmShutdown, Lang::En) => "Shut down",
            (VmShutdown, Lang::Vi) => "Tắt máy",
            (VmReboot, Lang::En) => "Reboot",
            (VmReboot, Lang::Vi) => "Khởi động lại",
            (VmReset, Lang::En) => "Reset",
            (VmReset, Lang::Vi) => "Khởi động lại cứng",
            (VmRescueAction, Lang::En) => "Boot into rescue",
            (VmRescueAction, Lang::Vi) => "Khởi động cứu hộ",
            (VmUnrescue, Lang::En) => "Leave rescue",
            (VmUnrescue, Lang::Vi) => "Thoát cứu hộ",
            (VmSending, Lang::En) => "Sending…",
            (VmSending, Lang::Vi) => "Đang gửi…",
            (VmConfirmStop, Lang::En) => {
                "Power off {name} now? This cuts the power like pulling the plug: anything not saved to disk is lost. Use Shut down to let the system close cleanly."
            }
            (VmConfirmStop, Lang::Vi) => {
                "Tắt nguồn {name} ngay? Thao tác này cắt điện như rút phích cắm: dữ liệu chưa ghi xuống đĩa sẽ mất. Hãy dùng Tắt máy để hệ điều hành đóng an toàn."
            }
            (VmConfirmShutdown, Lang::En) => {
                "Shut down {name}? The operating system is asked to close its programs and power off; the server is offline until you start it again."
            }
            (VmConfirmShutdown, Lang::Vi) => {
                "Tắt máy {name}? Hệ điều hành sẽ đóng các chương trình rồi tắt; máy chủ ngừng hoạt động cho đến khi bạn bật lại."
            }
            (VmConfirmReboot, Lang::En) => {
                "Reboot {name}? Its websites and services are unavailable for a minute or two while it restarts."
            }
            (VmConfirmReboot, Lang::Vi) => {
                "Khởi động lại {name}? Website và dịch vụ trên máy sẽ gián đoạn một hai phút trong khi khởi động lại."
            }
            (VmConfirmReset, Lang::En) => {
                "Reset {name}? This restarts it at once without closing programs, like pressing the reset button: anything not saved to disk is lost."
            }
            (VmConfirmReset, Lang::Vi) => {
                "Reset {name}? Máy khởi động lại ngay mà không đóng chương trình, như bấm nút reset: dữ liệu chưa ghi xuống đĩa sẽ mất."
            }
            (VmConfirmRescue, Lang::En) => {
                "Boot {name} into the rescue system? It restarts from a separate rescue image; your disk is kept and can be mounted from there. Your services are offline until you leave rescue."
            }
            (VmConfirmRescue, Lang::Vi) => {
                "Khởi động {name} vào hệ thống cứu hộ? Máy khởi động từ ảnh cứu hộ riêng; ổ đĩa được giữ nguyên và có thể gắn vào từ đó. Dịch vụ ngừng cho đến khi thoát cứu hộ."
            }
            (VmConfirmUnrescue, Lang::En) => {
                "Leave rescue on {name}? It restarts from its own disk."
            }
            (VmConfirmUnrescue, Lang::Vi) => {
                "Thoát cứu hộ trên {name}? Máy khởi động lại từ ổ đĩa của nó."
            }
            (VmActionFailed, Lang::En) => {
                "The portal refused this action. The status below keeps refreshing by itself; try again once the current task has finished."
            }
            (VmActionFailed, Lang::Vi) => {
                "Cổng thanh toán từ chối thao tác này. Trạng thái bên dưới vẫn tự cập nhật; hãy thử lại khi tác vụ hiện tại kết thúc."
            }
            (VmLastChecked, Lang::En) => "Status checked at {time}",
            (VmLastChecked, Lang::Vi) => "Trạng thái kiểm tra lúc {time}",
            (VmStatusUnavailable, Lang::En) => {
                "Cannot reach the portal to refresh the status; retrying."
            }
            (VmStatusUnavailable, Lang::Vi) => {
                "Không kết nối được để cập nhật trạng thái; đang thử lại."
            }
            (VmRebuild, Lang::En) => "Rebuild",
            (VmRebuild, Lang::Vi) => "Cài đặt lại",
            (VmRebuildNetworkShort, Lang::En) => "Rebuild network",
            (VmRebuildNetworkShort, Lang::Vi) => "Dựng lại mạng",
            (VmRebuildLead, Lang::En) => {
                "Reinstall the operating system from a template. The disk is wiped."
            }
            (VmRebuildLead, Lang::Vi) => "Cài lại hệ điều hành từ mẫu. Ổ đĩa sẽ bị xóa sạch.",
            (VmRebuildNamed, Lang::En) => "Rebuild {name}",
            (VmRebuildNamed, Lang::Vi) => "Cài đặt lại {name}",
            (VmRebuildWarning, Lang::En) => {
                "Rebuilding {name} with {template} wipes its disk: every file, database and setting on it is lost for good. Backups are kept."
            }
            (VmRebuildWarning, Lang::Vi) => {
                "Cài đặt lại {name} với {template} sẽ xóa sạch ổ đĩa: mọi tệp, cơ sở dữ liệu và cấu hình trên đó mất vĩnh viễn. Các bản sao lưu vẫn được giữ."
            }
            (VmChooseTemplate, Lang::En) => "Choose a template",
            (VmChooseTemplate, Lang::Vi) => "Chọn một mẫu",
            (VmRebuildStarted, Lang::En) => {
                "Rebuild started. This takes a few minutes; the status updates by itself."
            }
            (VmRebuildStarted, Lang::Vi) => {
                "Đã bắt đầu cài đặt lại. Việc này mất vài phút; trạng thái tự cập nhật."
            }
            (VmUsage, Lang::En) => "{n} readings from {from} to {to}, portal time",
            (VmUsage, Lang::Vi) => "{n} lần đo từ {from} đến {to}, theo giờ của cổng thanh toán",
            (VmUsageNone, Lang::En) => "No readings yet: the server has not reported its use.",
            (VmUsageNone, Lang::Vi) => "Chưa có số liệu: máy chủ chưa báo cáo mức sử dụng.",
            (VmCpuChart, Lang::En) => "CPU",
            (VmCpuChart, Lang::Vi) => "CPU",
            (VmNetworkChart, Lang::En) => "Network",
            (VmNetworkChart, Lang::Vi) => "Mạng",
            (VmDiskChart, Lang::En) => "Disk I/O",
            (VmDiskChart, Lang::Vi) => "Đọc ghi đĩa",
            (VmInbound, Lang::En) => "In",
            (VmInbound, Lang::Vi) => "Vào",
            (VmOutbound, Lang::En) => "Out",
            (VmOutbound, Lang::Vi) => "Ra",
            (VmRead, Lang::En) => "Read",
            (VmRead, Lang::Vi) => "Đọc",
            (VmWrite, Lang::En) => "Write",
            (VmWrite, Lang::Vi) => "Ghi",
            (VmTime, Lang::En) => "Time",
            (VmTime, Lang::Vi) => "Thời gian",
            (VmShowTable, Lang::En) => "Show the figures as a table",
            (VmShowTable, Lang::Vi) => "Xem số liệu dạng bảng",
            (VmChartSummary, Lang::En) => "{name}: average {avg}, peak {peak} at {time}",
            (VmChartSummary, Lang::Vi) => "{name}: trung bình {avg}, cao nhất {peak} lúc {time}",
            (VmTraffic, Lang::En) => "Traffic this month",
            (VmTraffic, Lang::Vi) => "Lưu lượng tháng này",
            (VmTrafficUsed, Lang::En) => "{used} GB of {limit} GB used",
            (VmTrafficUsed, Lang::Vi) => "Đã dùng {used} GB trên {limit} GB",
            (VmNetwork, Lang::En) => "Network",
            (VmNetwork, Lang::Vi) => "Mạng",
            (VmReverseDns, Lang::En) => "Reverse DNS",
            (VmReverseDns, Lang::Vi) => "DNS ngược",
            (VmSaveRdns, Lang::En) => "Save reverse DNS",
            (VmSaveRdns, Lang::Vi) => "Lưu DNS ngược",
            (VmRdnsSaved, Lang::En) => "Reverse DNS saved.",
            (VmRdnsSaved, Lang::Vi) => "Đã lưu DNS ngược.",
            (VmRdnsInvalid, Lang::En) => {
                "Not a host name: use letters, digits and hyphens, with at least one dot (mail.example.com)."
            }
            (VmRdnsInvalid, Lang::Vi) => {
                "Không phải tên máy chủ hợp lệ: dùng chữ, số và dấu gạch ngang, có ít nhất một dấu chấm (mail.example.com)."
            }
            (VmPrimary, Lang::En) => "Primary",
            (VmPrimary, Lang::Vi) => "Chính",
            (VmAddAddress, Lang::En) => "Add an address",
            (VmAddAddress, Lang::Vi) => "Thêm địa chỉ",
            (VmNoSpareAddress, Lang::En) => "No spare addresses on this service.",
            (VmNoSpareAddress, Lang::Vi) => "Dịch vụ không còn địa chỉ trống.",
            (VmRemoveAddress, Lang::En) => "Remove {ip}",
            (VmRemoveAddress, Lang::Vi) => "Gỡ {ip}",
            (VmConfirmRemoveIp, Lang::En) => {
                "Remove {ip} from {name}? Anything using this address stops reaching the server."
            }
            (VmConfirmRemoveIp, Lang::Vi) => {
                "Gỡ {ip} khỏi {name}? Mọi thứ dùng địa chỉ này sẽ không còn kết nối được tới máy chủ."
            }
            (VmStorage, Lang::En) => "Storage",
            (VmStorage, Lang::Vi) => "Lưu trữ",
            (VmGrowDisk, Lang::En) => "Grow to (GB)",
            (VmGrowDisk, Lang::Vi) => "Tăng lên (GB)",
            (VmGrow, Lang::En) => "Grow disk",
            (VmGrow, Lang::Vi) => "Tăng dung lượng",
            (VmStopFirst, Lang::En) => "Power the server off first.",
            (VmStopFirst, Lang::Vi) => "Hãy tắt máy chủ trước.",
            (VmDiskGrown, Lang::En) => "Disk resized.",
            (VmDiskGrown, Lang::Vi) => "Đã đổi dung lượng đĩa.",
            (VmDiskRange, Lang::En) => "Choose a size from {min} to {max} GB.",
            (VmDiskRange, Lang::Vi) => "Chọn dung lượng từ {min} đến {max} GB.",
            (VmBackups, Lang::En) => "Backups",
            (VmBackups, Lang::Vi) => "Sao lưu",
            (VmNoBackups, Lang::En) => "No backups yet.",
            (VmNoBackups, Lang::Vi) => "Chưa có bản sao lưu.",
            (VmBackupSize, Lang::En) => "Size",
            (VmBackupSize, Lang::Vi) => "Dung lượng",
            (VmConfirmDeleteBackup, Lang::En) => {
                "Delete the backup {name}? It cannot be restored afterwards."
            }
            (VmConfirmDeleteBackup, Lang::Vi) => {
                "Xóa bản sao lưu {name}? Sau khi xóa sẽ không khôi phục được."
            }
            (VmAccess, Lang::En) => "Access",
            (VmAccess, Lang::Vi) => "Truy cập",
            (VmResetPassword, Lang::En) => "Reset root password",
            (VmResetPassword, Lang::Vi) => "Đặt lại mật khẩu root",
            (VmConfirmResetPassword, Lang::En) => {
                "Set a new root password on {name}? The old password stops working."
            }
            (VmConfirmResetPassword, Lang::Vi) => {
                "Đặt mật khẩu root mới cho {name}? Mật khẩu cũ sẽ không dùng được nữa."
            }
            (VmNewPassword, Lang::En) => "New root password — shown only once, store it now:",
            (VmNewPassword, Lang::Vi) => "Mật khẩu root mới — chỉ hiện một lần, hãy lưu lại ngay:",
            (Copied, Lang::En) => "Copied",
            (Copied, Lang::Vi) => "Đã sao chép",
            (VmResize, Lang::En) => "Resize",
            (VmResize, Lang::Vi) => "Đổi cấu hình",
            (VmResizeSave, Lang::En) => "Resize server",
            (VmResizeSave, Lang::Vi) => "Đổi cấu hình máy",
            (VmResized, Lang::En) => "Server resized.",
            (VmResized, Lang::Vi) => "Đã đổi cấu hình máy chủ.",
            (VmDestroy, Lang::En) => "Destroy server",
            (VmDestroy, Lang::Vi) => "Xóa máy chủ",
            (VmDestroyNamed, Lang::En) => "Destroy {name}",
            (VmDestroyNamed, Lang::Vi) => "Xóa {name}",
            (VmDestroyWarning, Lang::En) => {
                "Destroying {name} deletes the server, its disk and its backups for good, and releases its addresses."
            }
            (VmDestroyWarning, Lang::Vi) => {
                "Xóa {name} sẽ xóa vĩnh viễn máy chủ, ổ đĩa và các bản sao lưu, đồng thời trả lại địa chỉ IP."
            }
            (VmCreate, Lang::En) => "Create a server",
            (VmCreate, Lang::Vi) => "Tạo máy chủ",
            (VmCreateSubmit, Lang::En) => "Create server",
            (VmCreateSubmit, Lang::Vi) => "Tạo máy chủ",
            (VmLabel, Lang::En) => "Server name",
            (VmLabel, Lang::Vi) => "Tên máy chủ",
            (VmLabelInvalid, Lang::En) => "Use 1 to 63 letters, digits, dots or hyphens.",
            (VmLabelInvalid, Lang::Vi) => "Dùng 1 đến 63 chữ, số, dấu chấm hoặc gạch ngang.",
            (VmOverLimit, Lang::En) => "More than this service has left: at most {n}.",
            (VmOverLimit, Lang::Vi) => "Vượt quá phần còn lại của dịch vụ: tối đa {n}.",
            (VmResources, Lang::En) => "Resources",
            (VmResources, Lang::Vi) => "Tài nguyên",
            (VmResourceLine, Lang::En) => "{used} of {total} used, {free} available",
            (VmResourceLine, Lang::Vi) => "Đã dùng {used} trên {total}, còn {free}",
            (VmServers, Lang::En) => "Servers",
            (VmServers, Lang::Vi) => "Máy chủ",
            (VmBackToService, Lang::En) => "Back to the service",
            (VmBackToService, Lang::Vi) => "Quay lại dịch vụ",
            (ConfirmAddAddress, Lang::En) => {
                "Attach {address} to {interface}? An extra address may be billed with your next invoice, as your plan's price list says."
            }
            (ConfirmAddAddress, Lang::Vi) => {
                "Gắn địa chỉ {address} vào {interface}? Địa chỉ bổ sung có thể được tính phí trong hóa đơn tới, theo bảng giá của gói dịch vụ."
            }
            (PanelPasswordTitle, Lang::En) => "Control panel password",
            (PanelPasswordTitle, Lang::Vi) => "Mật khẩu bảng điều khiển",
            (PanelPasswordLead, Lang::En) => {
                "The password of your SolusVM control panel login, not the server's root password."
            }
            (PanelPasswordLead, Lang::Vi) => {
                "Mật khẩu đăng nhập bảng điều khiển SolusVM của bạn, không phải mật khẩu root của máy chủ."
            }
            (NewPanelPassword, Lang::En) => "New control panel password",
            (NewPanelPassword, Lang::Vi) => "Mật khẩu bảng điều khiển mới",
            (SetPanelPassword, Lang::En) => "Change control panel password",
            (SetPanelPassword, Lang::Vi) => "Đổi mật khẩu bảng điều khiển",
            (PanelPasswordSet, Lang::En) => "The control panel password is changed.",
            (PanelPasswordSet, Lang::Vi) => "Đã đổi mật khẩu bảng điều khiển.",
            (VmHostnameLabel, Lang::En) => "Hostname",
            (VmHostnameLabel, Lang::Vi) => "Tên máy chủ",
            (VmHostnameSaved, Lang::En) => "Hostname saved.",
            (VmHostnameSaved, Lang::Vi) => "Đã lưu tên máy chủ.",
            (NewRootPassword, Lang::En) => "New root password (8 to 64 characters)",
            (NewRootPassword, Lang::Vi) => "Mật khẩu root mới (8 đến 64 ký tự)",
            (SetRootPassword, Lang::En) => "Set root password",
            (SetRootPassword, Lang::Vi) => "Đặt mật khẩu root",
            (RootPasswordSet, Lang::En) => "The root password was changed.",
            (RootPasswordSet, Lang::Vi) => "Đã đổi mật khẩu root.",
        }
    }

    fn singular(self, lang: Lang) -> Option<&'static str> {
        use VmWord::*;
        if lang != Lang::En {
            return None;
        }
        Some(match self {
            VmCores => "{n} core",
            VmUsage => "{n} reading, at {to}, portal time",
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::VmWord;
    use crate::i18n::{Lang, w_n};

    #[test]
    fn counts_read_right_for_one_and_for_more() {
        assert_eq!(w_n(Lang::En, VmWord::VmCores, 1), "1 core");
        assert_eq!(w_n(Lang::En, VmWord::VmCores, 4), "4 cores");
    }
}
