<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessMenu</name>
    <message>
        <location filename="../qml/Kiosk/AccessMenu.qml" line="+32"/>
        <location line="+11"/>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Controls within reach</source>
        <translation>عناصر التحكم في متناول اليد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/Kiosk/AttractScreen.qml" line="+125"/>
        <location line="+28"/>
        <source>Touch to begin</source>
        <translation>المس الشاشة للبدء</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="+33"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Starting again in %n second(s)</source>
        <translation>
            <numerusform>سيبدأ العرض من جديد الآن</numerusform>
            <numerusform>سيبدأ العرض من جديد بعد ثانية واحدة</numerusform>
            <numerusform>سيبدأ العرض من جديد بعد ثانيتين</numerusform>
            <numerusform>سيبدأ العرض من جديد بعد %n ثوانٍ</numerusform>
            <numerusform>سيبدأ العرض من جديد بعد %n ثانية</numerusform>
            <numerusform>سيبدأ العرض من جديد بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Touch anywhere to continue</source>
        <translation>المس أي مكان للمتابعة</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/Kiosk/ImageViewer.qml" line="+77"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../qml/Kiosk/LanguageSwitch.qml" line="+16"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Kiosk/PinPad.qml" line="+34"/>
        <source>Staff PIN</source>
        <translation>الرقم السري للموظفين</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../qml/Kiosk/ReadAloudButton.qml" line="+13"/>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <location filename="../qml/Kiosk/SectionCard.qml" line="+69"/>
        <source>Explore</source>
        <translation>استكشف</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <location filename="../qml/Kiosk/SectionScreen.qml" line="+86"/>
        <source>Previous panel</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Swipe to explore</source>
        <translation>اسحب للاستكشاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This panel is not yet translated into your language</source>
        <translation>لم تُترجم هذه اللوحة إلى لغتك بعد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next panel</source>
        <translation>اللوحة التالية</translation>
    </message>
</context>
<context>
    <name>SleepScreen</name>
    <message>
        <location filename="../qml/Kiosk/SleepScreen.qml" line="+36"/>
        <source>Closed now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opens %1</source>
        <translation>يفتح %1</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../ui/staff.py" line="+111"/>
        <source>No staff PIN is set on this PC. Run &apos;kiosk set-pin&apos; to set one.</source>
        <translation>لم يُعيَّن رقم سري للموظفين على هذا الجهاز. شغّل الأمر &apos;kiosk set-pin&apos; لتعيينه.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wrong PIN. Tries left: %1</source>
        <translation>رقم سري خاطئ. المحاولات المتبقية: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 يوم %2 ساعة %3 دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no visits recorded yet</source>
        <translation>لم تُسجَّل أي زيارات بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, median visit %1 min</source>
        <translation>، وسيط مدة الزيارة %1 دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits: %1</source>
        <translation>الزيارات: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available (%1)</source>
        <translation>غير متاح (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reloading the content…</source>
        <translation>جارٍ إعادة تحميل المحتوى…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events exported: %1, to %2</source>
        <translation>الأحداث المُصدَّرة: %1، إلى %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation>محاولات خاطئة كثيرة. أعد المحاولة بعد %1 دقيقة.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Export failed: %1</source>
        <translation>تعذّر التصدير: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting usage data…</source>
        <translation>جارٍ تصدير بيانات الاستخدام…</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <location filename="../qml/Kiosk/StaffCorner.qml" line="+14"/>
        <source>Staff menu (PIN)</source>
        <translation>قائمة الموظفين (رمز PIN)</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../qml/Kiosk/StaffMenu.qml" line="+31"/>
        <source>Staff menu</source>
        <translation>قائمة الموظفين</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reload content</source>
        <translation>إعادة تحميل المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export usage data</source>
        <translation>تصدير بيانات الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart kiosk</source>
        <translation>إعادة تشغيل برنامج العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit kiosk</source>
        <translation>إنهاء برنامج العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the exhibit</source>
        <translation>العودة إلى المعرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems in the latest content</source>
        <translation>مشكلات في أحدث محتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New content waiting for the next visitor</source>
        <translation>محتوى جديد بانتظار الزائر التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits today</source>
        <translation>زيارات اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running for</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renderer</source>
        <translation>محرك العرض الرسومي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start mode</source>
        <translation>وضع التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>إطارات في الثانية</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/Kiosk/TopBar.qml" line="+32"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../qml/Kiosk/UnavailableScreen.qml" line="+24"/>
        <source>This exhibit is temporarily unavailable</source>
        <translation>هذا العرض غير متاح مؤقتًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Our staff have been told and it will be back soon. Thank you for your patience.</source>
        <translation>أُبلغ فريق العمل، وسيعود العرض قريبًا. شكرًا لصبركم.</translation>
    </message>
</context>
</TS>
