//! The dns pages' own words (English and Vietnamese), compiled into the area's chunk rather
//! than the first load's catalogue (see [`crate::i18n::AreaWords`]).

use crate::i18n::{AreaWords, Lang};

/// A text of the dns pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DnsWord {
    CreateZone,
    DeleteZone,
    DeleteZoneNamed,
    DeleteZoneWarning,
    DnsAddRecord,
    DnsAppliedAll,
    DnsAppliedPartly,
    DnsApply,
    DnsApplyStopped,
    DnsApplying,
    DnsBadCharacter,
    DnsBadTag,
    DnsBecomes,
    DnsCaaValue,
    DnsCnameAtApex,
    DnsCnameNotAlone,
    DnsContent,
    DnsCopied,
    DnsCopy,
    DnsDeleteSelected,
    DnsDidYouMeanAbsolute,
    DnsDidYouMeanRelative,
    DnsDiscard,
    DnsDiscardAll,
    DnsEditRecord,
    DnsEmptyLabel,
    DnsExport,
    DnsFilter,
    DnsFilterByType,
    DnsFlags,
    DnsHyphenAtEdge,
    DnsImportLabel,
    DnsImportPreview,
    DnsImportSummary,
    DnsIpv4,
    DnsIpv6,
    DnsLabelTooLong,
    DnsLineError,
    DnsMailServer,
    DnsName,
    DnsNameTooLong,
    DnsNoChanges,
    DnsNotIpv4,
    DnsNotIpv6,
    DnsOutOfRange,
    DnsOutsideZone,
    DnsPort,
    DnsPreference,
    DnsPriority,
    DnsRecords,
    DnsReplace,
    DnsRestore,
    DnsSelectedCount,
    DnsSetTtl,
    DnsShowing,
    DnsStage,
    DnsStageImport,
    DnsStagedAdd,
    DnsStagedChanges,
    DnsStagedDelete,
    DnsStagedEdit,
    DnsTag,
    DnsTarget,
    DnsTargetIsAlias,
    DnsText,
    DnsTtl,
    DnsTxtHint,
    DnsType,
    DnsUnderscoreInHost,
    DnsUnparsable,
    DnsUpload,
    DnsWeight,
    DnsWildcard,
    DnsZone,
    DnsZoneFile,
    DnsZoneNotFound,
    DnsZones,
    NoZones,
    Redo,
    SelectRecord,
    StoredAs,
    Ttl1Day,
    Ttl1Hour,
    Ttl1Minute,
    Ttl1Week,
    Ttl4Hours,
    Ttl5Minutes,
    TtlCustom,
    TtlSeconds,
    Undo,
    ZoneName,
    DnsLeaveWithChanges,
}

impl AreaWords for DnsWord {
    fn text(self, lang: Lang) -> &'static str {
        use DnsWord::*;
        match (self, lang) {
            (CreateZone, Lang::En) => "Create zone",
            (CreateZone, Lang::Vi) => "Tạo vùng DNS",
            (DeleteZone, Lang::En) => "Delete zone",
            (DeleteZone, Lang::Vi) => "Xóa vùng DNS",
            (DeleteZoneNamed, Lang::En) => "Delete zone {name}",
            (DeleteZoneNamed, Lang::Vi) => "Xóa vùng DNS {name}",
            (DeleteZoneWarning, Lang::En) => {
                "Deleting {name} removes every record in it. Sites and mail using this domain stop resolving. This cannot be undone."
            }
            (DeleteZoneWarning, Lang::Vi) => {
                "Xóa {name} sẽ xóa mọi bản ghi trong vùng. Website và email dùng tên miền này sẽ ngừng phân giải. Không thể hoàn tác."
            }
            (DnsAddRecord, Lang::En) => "Add record",
            (DnsAddRecord, Lang::Vi) => "Thêm bản ghi",
            (DnsAppliedAll, Lang::En) => "All {n} changes were applied.",
            (DnsAppliedAll, Lang::Vi) => "Đã áp dụng toàn bộ {n} thay đổi.",
            (DnsAppliedPartly, Lang::En) => {
                "Changes applied: {n}. Refused, and still staged with the portal's reason: {refused}."
            }
            (DnsAppliedPartly, Lang::Vi) => {
                "Đã áp dụng {n} thay đổi; {refused} thay đổi bị từ chối và vẫn được giữ lại kèm lý do."
            }
            (DnsApply, Lang::En) => "Apply {n} changes",
            (DnsApply, Lang::Vi) => "Áp dụng {n} thay đổi",
            (DnsApplyStopped, Lang::En) => {
                "Applying stopped after {n} changes. The rest are still staged and will be sent once when you apply again."
            }
            (DnsApplyStopped, Lang::Vi) => {
                "Quá trình áp dụng dừng sau {n} thay đổi. Các thay đổi còn lại vẫn được giữ và sẽ chỉ gửi một lần khi bạn áp dụng lại."
            }
            (DnsApplying, Lang::En) => "Applying {n} of {total}…",
            (DnsApplying, Lang::Vi) => "Đang áp dụng {n}/{total}…",
            (DnsBadCharacter, Lang::En) => "\"{c}\" cannot be used in a DNS name.",
            (DnsBadCharacter, Lang::Vi) => "Không thể dùng \"{c}\" trong tên DNS.",
            (DnsBadTag, Lang::En) => "Use letters and digits only (issue, issuewild, iodef).",
            (DnsBadTag, Lang::Vi) => "Chỉ dùng chữ và số (issue, issuewild, iodef).",
            (DnsBecomes, Lang::En) => "becomes",
            (DnsBecomes, Lang::Vi) => "thành",
            (DnsCaaValue, Lang::En) => "Value (CA domain or URL)",
            (DnsCaaValue, Lang::Vi) => "Giá trị (tên miền CA hoặc URL)",
            (DnsCnameAtApex, Lang::En) => {
                "A CNAME cannot be placed at the zone apex; use an A or AAAA record there."
            }
            (DnsCnameAtApex, Lang::Vi) => {
                "Không thể đặt CNAME tại gốc vùng; hãy dùng bản ghi A hoặc AAAA."
            }
            (DnsCnameNotAlone, Lang::En) => {
                "{name} already has other records; a CNAME must be the only record at its name."
            }
            (DnsCnameNotAlone, Lang::Vi) => {
                "{name} đã có bản ghi khác; CNAME phải là bản ghi duy nhất tại tên đó."
            }
            (DnsContent, Lang::En) => "Content",
            (DnsContent, Lang::Vi) => "Nội dung",
            (DnsCopied, Lang::En) => "Copied.",
            (DnsCopied, Lang::Vi) => "Đã sao chép.",
            (DnsCopy, Lang::En) => "Copy zone file",
            (DnsCopy, Lang::Vi) => "Sao chép tệp vùng",
            (DnsDeleteSelected, Lang::En) => "Delete selected",
            (DnsDeleteSelected, Lang::Vi) => "Xóa mục đã chọn",
            (DnsDidYouMeanAbsolute, Lang::En) => {
                "Without a final dot this name is read inside the zone. Did you mean {name}?"
            }
            (DnsDidYouMeanAbsolute, Lang::Vi) => {
                "Thiếu dấu chấm cuối, tên này sẽ được hiểu là nằm trong vùng. Có phải bạn muốn {name}?"
            }
            (DnsDidYouMeanRelative, Lang::En) => {
                "This would repeat the zone name. Did you mean {name}?"
            }
            (DnsDidYouMeanRelative, Lang::Vi) => {
                "Tên này sẽ lặp lại tên vùng. Có phải bạn muốn {name}?"
            }
            (DnsDiscard, Lang::En) => "Discard",
            (DnsDiscard, Lang::Vi) => "Bỏ",
            (DnsDiscardAll, Lang::En) => "Discard all",
            (DnsDiscardAll, Lang::Vi) => "Bỏ tất cả",
            (DnsEditRecord, Lang::En) => "Edit record",
            (DnsEditRecord, Lang::Vi) => "Sửa bản ghi",
            (DnsEmptyLabel, Lang::En) => {
                "A name cannot have empty parts (two dots in a row, or a leading dot)."
            }
            (DnsEmptyLabel, Lang::Vi) => {
                "Tên không được có phần rỗng (hai dấu chấm liền nhau hoặc dấu chấm ở đầu)."
            }
            (DnsExport, Lang::En) => "Download zone file",
            (DnsExport, Lang::Vi) => "Tải tệp vùng",
            (DnsFilter, Lang::En) => "Filter by name or content",
            (DnsFilter, Lang::Vi) => "Lọc theo tên hoặc nội dung",
            (DnsFilterByType, Lang::En) => "Filter by type",
            (DnsFilterByType, Lang::Vi) => "Lọc theo loại",
            (DnsFlags, Lang::En) => "Flags",
            (DnsFlags, Lang::Vi) => "Cờ",
            (DnsHyphenAtEdge, Lang::En) => "A part of a name cannot start or end with a hyphen.",
            (DnsHyphenAtEdge, Lang::Vi) => {
                "Một phần của tên không được bắt đầu hoặc kết thúc bằng dấu gạch ngang."
            }
            (DnsImportLabel, Lang::En) => "Import: paste a BIND zone file",
            (DnsImportLabel, Lang::Vi) => "Nhập: dán tệp vùng BIND",
            (DnsImportPreview, Lang::En) => "Import preview",
            (DnsImportPreview, Lang::Vi) => "Xem trước khi nhập",
            (DnsImportSummary, Lang::En) => {
                "{records} records read; {changes} differences from the live zone."
            }
            (DnsImportSummary, Lang::Vi) => {
                "Đọc được {records} bản ghi; {changes} khác biệt so với vùng hiện tại."
            }
            (DnsIpv4, Lang::En) => "IPv4 address",
            (DnsIpv4, Lang::Vi) => "Địa chỉ IPv4",
            (DnsIpv6, Lang::En) => "IPv6 address",
            (DnsIpv6, Lang::Vi) => "Địa chỉ IPv6",
            (DnsLabelTooLong, Lang::En) => "Each part of a name can be at most 63 characters.",
            (DnsLabelTooLong, Lang::Vi) => "Mỗi phần của tên tối đa 63 ký tự.",
            (DnsLineError, Lang::En) => "Line {line}",
            (DnsLineError, Lang::Vi) => "Dòng {line}",
            (DnsMailServer, Lang::En) => "Mail server",
            (DnsMailServer, Lang::Vi) => "Máy chủ thư",
            (DnsName, Lang::En) => "Name",
            (DnsName, Lang::Vi) => "Tên",
            (DnsNameTooLong, Lang::En) => "The full name can be at most 253 characters.",
            (DnsNameTooLong, Lang::Vi) => "Tên đầy đủ tối đa 253 ký tự.",
            (DnsNoChanges, Lang::En) => {
                "No staged changes. Edits you make are collected here before anything is sent."
            }
            (DnsNoChanges, Lang::Vi) => {
                "Chưa có thay đổi nào. Các chỉnh sửa sẽ được gom ở đây trước khi gửi."
            }
            (DnsNotIpv4, Lang::En) => {
                "Enter an IPv4 address like 192.0.2.10 (four numbers 0-255, no leading zeros)."
            }
            (DnsNotIpv4, Lang::Vi) => {
                "Nhập địa chỉ IPv4 như 192.0.2.10 (bốn số 0-255, không có số 0 ở đầu)."
            }
            (DnsNotIpv6, Lang::En) => "Enter an IPv6 address like 2001:db8::10.",
            (DnsNotIpv6, Lang::Vi) => "Nhập địa chỉ IPv6 như 2001:db8::10.",
            (DnsOutOfRange, Lang::En) => "Enter a whole number from {min} to {max}.",
            (DnsOutOfRange, Lang::Vi) => "Nhập số nguyên từ {min} đến {max}.",
            (DnsOutsideZone, Lang::En) => "This name is outside the zone.",
            (DnsOutsideZone, Lang::Vi) => "Tên này nằm ngoài vùng.",
            (DnsPort, Lang::En) => "Port",
            (DnsPort, Lang::Vi) => "Cổng",
            (DnsPreference, Lang::En) => "Preference",
            (DnsPreference, Lang::Vi) => "Độ ưu tiên",
            (DnsPriority, Lang::En) => "Priority",
            (DnsPriority, Lang::Vi) => "Độ ưu tiên",
            (DnsRecords, Lang::En) => "Records",
            (DnsRecords, Lang::Vi) => "Bản ghi",
            (DnsReplace, Lang::En) => "Replace: also remove live records that are not in the file",
            (DnsReplace, Lang::Vi) => {
                "Thay thế: xóa cả các bản ghi hiện có nhưng không có trong tệp"
            }
            (DnsRestore, Lang::En) => "Restore",
            (DnsRestore, Lang::Vi) => "Khôi phục",
            (DnsSelectedCount, Lang::En) => "{n} selected",
            (DnsSelectedCount, Lang::Vi) => "Đã chọn {n}",
            (DnsSetTtl, Lang::En) => "Set TTL",
            (DnsSetTtl, Lang::Vi) => "Đặt TTL",
            (DnsShowing, Lang::En) => "Showing {n} of {total} records",
            (DnsShowing, Lang::Vi) => "Hiển thị {n}/{total} bản ghi",
            (DnsStage, Lang::En) => "Stage change",
            (DnsStage, Lang::Vi) => "Đưa vào danh sách thay đổi",
            (DnsStageImport, Lang::En) => "Stage {n} changes",
            (DnsStageImport, Lang::Vi) => "Đưa {n} thay đổi vào danh sách",
            (DnsStagedAdd, Lang::En) => "new",
            (DnsStagedAdd, Lang::Vi) => "mới",
            (DnsStagedChanges, Lang::En) => "Staged changes",
            (DnsStagedChanges, Lang::Vi) => "Thay đổi chờ áp dụng",
            (DnsStagedDelete, Lang::En) => "to delete",
            (DnsStagedDelete, Lang::Vi) => "sẽ xóa",
            (DnsStagedEdit, Lang::En) => "changed",
            (DnsStagedEdit, Lang::Vi) => "đã sửa",
            (DnsTag, Lang::En) => "Tag",
            (DnsTag, Lang::Vi) => "Thẻ",
            (DnsTarget, Lang::En) => "Target host",
            (DnsTarget, Lang::Vi) => "Máy chủ đích",
            (DnsTargetIsAlias, Lang::En) => {
                "{name} is an alias (CNAME) in this zone; mail and name server records must point at a name with an address."
            }
            (DnsTargetIsAlias, Lang::Vi) => {
                "{name} là bí danh (CNAME) trong vùng này; bản ghi MX và NS phải trỏ tới tên có địa chỉ."
            }
            (DnsText, Lang::En) => "Text",
            (DnsText, Lang::Vi) => "Văn bản",
            (DnsTtl, Lang::En) => "TTL",
            (DnsTtl, Lang::Vi) => "TTL",
            (DnsTxtHint, Lang::En) => {
                "Type the text as is; quotes and splitting into 255-byte pieces are done for you."
            }
            (DnsTxtHint, Lang::Vi) => {
                "Nhập văn bản như bình thường; dấu ngoặc kép và việc chia thành các đoạn 255 byte được tự động thực hiện."
            }
            (DnsType, Lang::En) => "Type",
            (DnsType, Lang::Vi) => "Loại",
            (DnsUnderscoreInHost, Lang::En) => "Host names cannot contain underscores.",
            (DnsUnderscoreInHost, Lang::Vi) => "Tên máy chủ không được chứa dấu gạch dưới.",
            (DnsUnparsable, Lang::En) => "A DNS server would not accept this data",
            (DnsUnparsable, Lang::Vi) => "Máy chủ DNS sẽ không chấp nhận dữ liệu này",
            (DnsUpload, Lang::En) => "Or upload a zone file",
            (DnsUpload, Lang::Vi) => "Hoặc tải lên tệp vùng",
            (DnsWeight, Lang::En) => "Weight",
            (DnsWeight, Lang::Vi) => "Trọng số",
            (DnsWildcard, Lang::En) => "A wildcard (*) can only be the whole first part of a name.",
            (DnsWildcard, Lang::Vi) => "Ký tự đại diện (*) chỉ có thể là toàn bộ phần đầu của tên.",
            (DnsZone, Lang::En) => "DNS zone",
            (DnsZone, Lang::Vi) => "Vùng DNS",
            (DnsZoneFile, Lang::En) => "Zone file",
            (DnsZoneFile, Lang::Vi) => "Tệp vùng",
            (DnsZoneNotFound, Lang::En) => {
                "This zone does not exist or belongs to another account."
            }
            (DnsZoneNotFound, Lang::Vi) => "Vùng này không tồn tại hoặc thuộc về tài khoản khác.",
            (DnsZones, Lang::En) => "DNS zones",
            (DnsZones, Lang::Vi) => "Vùng DNS",
            (NoZones, Lang::En) => "You have no DNS zones yet.",
            (NoZones, Lang::Vi) => "Bạn chưa có vùng DNS nào.",
            (Redo, Lang::En) => "Redo",
            (Redo, Lang::Vi) => "Làm lại",
            (SelectRecord, Lang::En) => "Select {name}",
            (SelectRecord, Lang::Vi) => "Chọn {name}",
            (StoredAs, Lang::En) => "Stored as {name}",
            (StoredAs, Lang::Vi) => "Lưu dưới dạng {name}",
            (Ttl1Day, Lang::En) => "1 day",
            (Ttl1Day, Lang::Vi) => "1 ngày",
            (Ttl1Hour, Lang::En) => "1 hour",
            (Ttl1Hour, Lang::Vi) => "1 giờ",
            (Ttl1Minute, Lang::En) => "1 minute",
            (Ttl1Minute, Lang::Vi) => "1 phút",
            (Ttl1Week, Lang::En) => "1 week",
            (Ttl1Week, Lang::Vi) => "1 tuần",
            (Ttl4Hours, Lang::En) => "4 hours",
            (Ttl4Hours, Lang::Vi) => "4 giờ",
            (Ttl5Minutes, Lang::En) => "5 minutes",
            (Ttl5Minutes, Lang::Vi) => "5 phút",
            (TtlCustom, Lang::En) => "Custom…",
            (TtlCustom, Lang::Vi) => "Tùy chỉnh…",
            (TtlSeconds, Lang::En) => "TTL in seconds",
            (TtlSeconds, Lang::Vi) => "TTL (giây)",
            (Undo, Lang::En) => "Undo",
            (Undo, Lang::Vi) => "Hoàn tác",
            (ZoneName, Lang::En) => "Zone name",
            (ZoneName, Lang::Vi) => "Tên vùng",
            (DnsLeaveWithChanges, Lang::En) => {
                "You have {n} staged changes that are not applied yet. Leave this zone? They stay staged in this tab."
            }
            (DnsLeaveWithChanges, Lang::Vi) => {
                "Bạn có {n} thay đổi chưa được áp dụng. Rời khỏi vùng này? Các thay đổi vẫn được giữ trong tab này."
            }
        }
    }

    fn singular(self, lang: Lang) -> Option<&'static str> {
        use DnsWord::*;
        if lang != Lang::En {
            return None;
        }
        Some(match self {
            DnsAppliedAll => "The change was applied.",
            DnsApply => "Apply {n} change",
            DnsApplyStopped => {
                "Applying stopped after {n} change. The rest are still staged and will be sent once when you apply again."
            }
            DnsStageImport => "Stage {n} change",
            DnsLeaveWithChanges => {
                "You have {n} staged change that is not applied yet. Leave this zone? It stays staged in this tab."
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::DnsWord;
    use crate::i18n::{Lang, w_n};

    #[test]
    fn counts_read_right_for_one_and_for_more() {
        assert_eq!(w_n(Lang::En, DnsWord::DnsApply, 1), "Apply 1 change");
        assert_eq!(w_n(Lang::En, DnsWord::DnsApply, 3), "Apply 3 changes");
        assert_eq!(w_n(Lang::Vi, DnsWord::DnsApply, 1), "Áp dụng 1 thay đổi");
    }
}
