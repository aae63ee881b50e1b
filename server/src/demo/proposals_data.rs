//! The demo's needs assessments and proposals: invented, but the kind of work the
//! secretariat sees.

/// How the demo's other representatives are named ("representative of organisation N").
pub const REPRESENTATIVE: &str = "نماینده سازمان";
/// Joins a proposal's theme and its neighbourhood ("… in …").
pub const IN: &str = "در";

/// (organisation index, neighbourhood index, Jalali day, method, households, findings,
///  needs as (dimension, need))
pub type AssessmentData = (
    usize,
    usize,
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static [(&'static str, &'static str)],
);

pub const ASSESSMENTS: [AssessmentData; 6] = [
    (0, 0, "1405/02/14", "survey", 320, "یک‌سوم کودکان ۷ تا ۱۲ ساله در طول سال تحصیلی کار می‌کنند؛ بیشتر خانواده‌ها هزینه لوازم‌التحریر را ندارند.",
     &[("social", "بازگرداندن کودکان کار به مدرسه"), ("economic", "درآمد پایدار برای مادران سرپرست خانوار"), ("physical", "روشنایی مسیر مدرسه")]),
    (1, 2, "1405/03/02", "focus_group", 60, "زنان سرپرست خانوار بیش از همه به مهارت و بازار فروش نیاز دارند.",
     &[("economic", "آموزش مهارت و بازار فروش"), ("social", "مشاوره روانی و حقوقی")]),
    (3, 4, "1405/04/20", "field_visit", 0, "انباشت پسماند کنار مسیل و نبود سطل و برنامه جمع‌آوری منظم.",
     &[("environmental", "جمع‌آوری و تفکیک پسماند"), ("environmental", "پاک‌سازی مسیل")]),
    (5, 10, "1405/01/25", "survey", 210, "بیش از نیمی از خانه‌ها بنایی بدون اسکلت دارند و در برابر زلزله ناایمن‌اند.",
     &[("physical", "مقاوم‌سازی خانه‌های ناایمن"), ("physical", "دسترسی امدادی در کوچه‌های تنگ")]),
    (6, 6, "1405/05/11", "interviews", 45, "مراجعه به مرکز سلامت دور است و سالمندان تنها مانده‌اند.",
     &[("social", "مراقبت از سالمندان تنها"), ("environmental", "آب آشامیدنی سالم")]),
    (4, 3, "1405/06/03", "survey", 150, "جوانان بیکار مهارت فنی ندارند و به کارگاه آموزشی دسترسی ندارند.",
     &[("economic", "آموزش مهارت فنی جوانان"), ("social", "فضای فرهنگی و ورزشی")]),
];

/// (title, dimension, objectives, activities, beneficiary groups, beneficiaries, months,
///  budget in Rials)
pub type ProposalTemplate = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    i64,
    i64,
    i64,
);

pub const TEMPLATES: [ProposalTemplate; 10] = [
    (
        "کلاس‌های جبرانی کودکان بازمانده از تحصیل",
        "social",
        "بازگشت دست‌کم ۸۰ کودک به مدرسه و ماندن آنان تا پایان سال.",
        "شناسایی خانه‌به‌خانه، کلاس جبرانی سه روز در هفته، بسته لوازم‌التحریر، پیگیری با مدرسه.",
        &["children"],
        80,
        9,
        4_800_000_000,
    ),
    (
        "کارگاه خیاطی و بازارچه زنان سرپرست خانوار",
        "economic",
        "درآمد ماهانه برای ۴۰ زن از فروش محصولات خود.",
        "دوره خیاطی شش‌ماهه، تأمین چرخ خیاطی، بازارچه ماهانه و فروش اینترنتی.",
        &["women_heads"],
        40,
        12,
        6_500_000_000,
    ),
    (
        "تفکیک پسماند از مبدأ با مشارکت ساکنان",
        "environmental",
        "کاهش نیمی از پسماند رهاشده در معابر.",
        "آموزش خانوارها، توزیع کیسه و سطل، جمع‌آوری هفتگی با همکاری شهرداری.",
        &["youth", "other"],
        900,
        6,
        2_200_000_000,
    ),
    (
        "مقاوم‌سازی خانه‌های ناایمن",
        "physical",
        "مقاوم‌سازی ۲۵ خانه با بالاترین خطر.",
        "ارزیابی فنی، وام کم‌بهره با بنیاد مسکن، نظارت بر اجرا.",
        &["elderly", "disabled"],
        110,
        18,
        25_000_000_000,
    ),
    (
        "روشنایی کوچه‌ها و مسیر مدرسه",
        "physical",
        "امن‌کردن مسیر رفت‌وآمد کودکان و زنان در شب.",
        "نصب ۶۰ چراغ خورشیدی و ترمیم معابر پرخطر.",
        &["children", "women_heads"],
        1500,
        4,
        3_100_000_000,
    ),
    (
        "مراقبت خانگی از سالمندان تنها",
        "social",
        "سرکشی هفتگی به ۵۰ سالمند تنها.",
        "آموزش داوطلبان، ویزیت خانگی، پرونده سلامت.",
        &["elderly"],
        50,
        12,
        1_900_000_000,
    ),
    (
        "آموزش مهارت فنی جوانان",
        "economic",
        "اشتغال دست‌کم نیمی از ۶۰ کارآموز.",
        "دوره برق‌کاری و تعمیرات، کارورزی در کارگاه‌های محلی.",
        &["youth", "day_labourers"],
        60,
        8,
        5_400_000_000,
    ),
    (
        "صندوق خرد محله",
        "economic",
        "وام خرد برای ۱۲۰ خانوار عضو.",
        "تشکیل صندوق، آموزش اعضا، سامانه ثبت پس‌انداز.",
        &["women_heads", "day_labourers"],
        120,
        12,
        1_200_000_000,
    ),
    (
        "پاک‌سازی و ساماندهی مسیل",
        "environmental",
        "کاهش خطر سیلاب و بیماری.",
        "لایروبی، دیواره‌سازی، کاشت درخت با داوطلبان.",
        &["children", "other"],
        2500,
        5,
        9_800_000_000,
    ),
    (
        "توان‌بخشی افراد دارای معلولیت",
        "social",
        "دسترسی ۳۰ نفر به خدمات توان‌بخشی.",
        "کلاس‌های گفتاردرمانی و کاردرمانی، تأمین وسایل کمکی.",
        &["disabled"],
        30,
        10,
        3_700_000_000,
    ),
];

/// The demo's proposals: (template, organisation index, neighbourhood index, final status,
/// age in days). Organisation 0 is the demo account `ngo`'s.
pub const PROPOSALS: [(usize, usize, usize, &str, i64); 30] = [
    (0, 0, 0, "draft", 3),
    (4, 0, 1, "revision_requested", 21),
    (0, 0, 3, "in_review", 12),
    (1, 0, 2, "approved", 160),
    (5, 0, 0, "submitted", 6),
    (2, 3, 4, "draft", 2),
    (6, 4, 3, "draft", 9),
    (1, 1, 2, "submitted", 4),
    (3, 5, 10, "submitted", 40),
    (7, 9, 7, "submitted", 15),
    (2, 3, 0, "in_review", 25),
    (8, 11, 11, "in_review", 48),
    (9, 10, 1, "in_review", 33),
    (6, 4, 9, "in_review", 19),
    (3, 5, 4, "revision_requested", 30),
    (7, 9, 2, "revision_requested", 55),
    (5, 6, 6, "recommended", 70),
    (4, 7, 5, "recommended", 38),
    (0, 8, 6, "recommended", 64),
    (2, 3, 6, "recommended", 22),
    (9, 10, 3, "declined", 90),
    (8, 11, 10, "declined", 120),
    (1, 1, 7, "approved", 200),
    (3, 5, 3, "approved", 240),
    (6, 4, 0, "approved", 180),
    (5, 6, 8, "approved", 150),
    (4, 7, 4, "approved", 130),
    (7, 9, 10, "approved", 210),
    (9, 10, 5, "rejected", 100),
    (8, 11, 9, "rejected", 140),
];

/// Reasons the committee and officials gave, by move.
pub fn reason(action: &str) -> &'static str {
    match action {
        "request_revision" => {
            "بودجه را به تفکیک فعالیت بنویسید و شاخص‌های سنجش نتیجه را اضافه کنید."
        }
        "recommend" => "با نیازسنجی محله سازگار است و مجری توان اجرای آن را دارد.",
        "decline" => "با طرح در حال اجرای دیگری در همین محله هم‌پوشانی دارد.",
        "approve" => "در سقف اعتبارات امسال و با اولویت محله سازگار است.",
        "reject" => "اعتبار کافی در سال جاری وجود ندارد؛ سال آینده دوباره ارسال شود.",
        _ => "",
    }
}
