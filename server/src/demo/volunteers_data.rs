//! The demo's volunteers: names to combine, the drive, reasons for stepping back.

pub const GIVEN: [&str; 16] = [
    "زهرا",
    "مریم",
    "فاطمه",
    "سارا",
    "نرگس",
    "لیلا",
    "مینا",
    "سمیه",
    "علی",
    "محمد",
    "حسین",
    "رضا",
    "مهدی",
    "امیر",
    "جواد",
    "حمید",
];

/// (None of the named demo accounts' family names, so searching accounts finds those alone.)
pub const FAMILY: [&str; 10] = [
    "قاسمی",
    "محمدی",
    "اکبری",
    "یوسفی",
    "شریفی",
    "عباسی",
    "جعفری",
    "صادقی",
    "رحیمی",
    "نوری",
];

/// The registration drive some demo volunteers came through.
pub const DRIVE: (&str, &str, &str) = ("RAMADAN1405", "پویش نذر خدمت رمضان ۱۴۰۵", "2026-02-18");
/// A second drive, so the portal has to tell which drive brought whom.
pub const NOWRUZ_DRIVE: (&str, &str, &str) =
    ("NOWRUZ1405", "پویش نوروزی همسایه‌یار ۱۴۰۵", "2026-03-14");

pub const STOP_REASONS: [&str; 3] = [
    "نقل مکان به شهر دیگر",
    "آغاز سال تحصیلی و کمبود وقت",
    "بیماری؛ پس از بهبود بازمی‌گردد",
];

pub const SKILLS: [&str; 5] = [
    "کمک‌های اولیه",
    "قصه‌گویی برای کودکان",
    "ریاضی دبیرستان",
    "رانندگی",
    "آشپزی",
];

/// (name, kind, neighbourhood index, running organisation index)
pub const CENTRES: [(&str, &str, usize, usize); 8] = [
    ("مرکز محله اسلام‌آباد", "neighbourhood_centre", 0, 3),
    ("شیرخوارگاه آمنه", "nursery", 1, 4),
    ("سرای سالمندان مهرورزان", "care_home", 2, 5),
    ("مرکز مثبت زندگی فرحزاد", "neighbourhood_centre", 3, 6),
    ("شیرخوارگاه نرگس", "nursery", 4, 7),
    ("درمانگاه خیریه امید", "clinic", 5, 8),
    ("خانه کودک و نوجوان", "neighbourhood_centre", 6, 9),
    ("مرکز محله شهرک ولیعصر", "neighbourhood_centre", 7, 10),
];

pub const REQUEST_NOTES: [&str; 4] = [
    "پیش از نخستین روز با مدیر مرکز هماهنگ کنید",
    "دست‌کم سه ماه همراهی",
    "آشنایی با زبان ترکی آذری کمک می‌کند",
    "",
];

/// The word before a centre's name in its manager account's display name.
pub const MANAGER: &str = "مدیر";

/// Why a centre declined a demo volunteer.
pub const DECLINE_REASON: &str = "این ماه همهٔ جاهای مهدکودک پر است؛ ماه آینده دوباره معرفی کنید.";
