//! The demo campaigns' words: their names and goals, and the local actions centres hold.

/// Ramadan 1405 (past: every action closed), tied to the Ramadan registration drive.
pub const RAMADAN: (&str, &str) = (
    "پویش نذر خدمت رمضان ۱۴۰۵",
    "افطاری‌های محله‌ای با حضور خانواده‌های نیازمند، کلاس‌های مهارتی برای نوجوانان، \
     غربالگری سلامت سالمندان و جذب داوطلبان تازه از راه فراخوان نذر خدمت.",
);

/// Running now: a winter campaign.
pub const WINTER: (&str, &str) = (
    "پویش زمستان مهربانی ۱۴۰۵",
    "گرم‌کردن خانه‌های بی‌سرپناه، توزیع لباس گرم، کلاس‌های تقویتی امتحانات و مشاوره \
     خانواده در کانون‌های محله.",
);

/// (title, kind, place)
pub const ACTIONS: [(&str, &str, &str); 6] = [
    (
        "افطاری محله‌ای با خانواده‌های تحت پوشش",
        "gathering",
        "حیاط مسجد محله",
    ),
    ("کلاس مهارت‌های زندگی برای نوجوانان", "class", "سالن کانون"),
    (
        "مشاورهٔ خانواده و پیشگیری از اعتیاد",
        "counselling",
        "اتاق مشاوره کانون",
    ),
    (
        "غربالگری فشار خون و قند سالمندان",
        "screening",
        "درمانگاه محله",
    ),
    ("جمع‌آوری و توزیع لباس گرم", "other", "انبار کانون"),
    (
        "دیدار مسئولان با اهالی و طرح مسائل محله",
        "gathering",
        "سالن اجتماعات",
    ),
];

pub const SUMMARY: &str = "اهالی محله، داوطلبان کانون و مهمانانی از دستگاه‌ها و خیریه‌ها \
     دعوت شده‌اند؛ هدف‌ها پیش از برگزاری ثبت شده است.";

pub const ACCOUNT: &str = "برنامه در وقت مقرر برگزار شد. خانواده‌های محله و داوطلبان کانون \
     حضور داشتند و نمایندهٔ شهرداری منطقه دربارهٔ روشنایی معابر و جمع‌آوری پسماند پاسخ داد. \
     گزارش تصویری در پرونده کانون است.";

/// The label of a goal counting "something else".
pub const OTHER_GOAL: &str = "بستهٔ لباس گرم";

/// (name, source, weight, scale): the Ramadan campaign's indicators.
pub const RAMADAN_INDICATORS: [(&str, &str, i64, i64); 5] = [
    ("کنش‌های برگزارشده", "actions_held", 20, 1),
    ("تحقق هدف‌ها", "targets_met", 30, 1),
    ("جمعیت پوشش‌داده‌شده", "people_reached", 20, 1),
    ("گزارش به‌موقع", "reports_on_time", 10, 1),
    ("همکاری با دستگاه‌ها و خیریه‌ها", "assessed", 20, 10),
];

/// The winter campaign's indicators (its self-assessments still wait for review).
pub const WINTER_INDICATORS: [(&str, &str, i64, i64); 4] = [
    ("کنش‌های برگزارشده", "actions_held", 30, 1),
    ("تحقق هدف‌ها", "targets_met", 30, 1),
    ("ساعت‌های داوطلبی", "volunteer_hours", 20, 1),
    ("مشارکت اهالی", "assessed", 20, 10),
];

pub const SELF_ASSESSMENT: &str =
    "کانون در این پویش با شهرداری منطقه، مرکز بهداشت و دو خیریهٔ محله \
     همکاری داشت و نمایندگان آن‌ها در برنامه‌ها حاضر شدند.";
pub const EVIDENCE: &str = "نامهٔ همکاری شمارهٔ ۱۲۳/ص، فهرست حاضران و عکس‌های برنامه در پروندهٔ کانون.";
pub const RECORD_NOTE: &str = "ثبت پایان پویش";
pub const CORRECTION_NOTE: &str = "اصلاح نمرهٔ همکاری پس از رسیدن مستندات";
pub const CITATION: &str = "برای بیشترین پوشش خانواده‌های محله";

/// A demo pairing: mentor and mentee by their place among the verified NGOs; what is offered,
/// the goals; the start; and for a finished one the end and how it went.
pub type DemoPairing = (
    usize,
    usize,
    &'static str,
    &'static str,
    &'static str,
    Ended,
);
/// The day a pairing ended and how it went.
pub type Ended = Option<(&'static str, &'static str)>;

pub const PAIRINGS: [DemoPairing; 2] = [
    (
        0,
        3,
        "آموزش نوشتن طرح و گزارش مالی، و همراهی در نخستین طرح مشترک با شهرداری",
        "دو طرح پذیرفته‌شده در کمیتهٔ اجتماعی و گزارش مالی شفاف تا پایان سال",
        "2026-01-21",
        None,
    ),
    (
        1,
        4,
        "اشتراک فضای آموزشی و دو مربی برای کلاس‌های مهارتی رمضان",
        "برگزاری شش کلاس مهارتی در کانون محله",
        "2025-12-01",
        Some((
            "2026-03-15",
            "هر شش کلاس برگزار شد و سازمان همراه اکنون کلاس‌ها را خودش ادامه می‌دهد.",
        )),
    ),
];
