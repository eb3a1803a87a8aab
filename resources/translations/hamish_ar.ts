<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="35" />
        <source>&amp;Apply</source>
        <translation>ت&amp;طبيق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="40" />
        <source>Apply changes to the claim</source>
        <translation>تطبيق التغييرات على الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="43" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="44" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="45" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="46" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="47" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="48" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="43" />
        <source>%s is not a number</source>
        <translation>%s ليس رقماً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="45" />
        <source>%s is not a finite number</source>
        <translation>%s ليس رقماً محدوداً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="64" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="65" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="66" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="67" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="68" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="77" />
        <source>Suggested automatically</source>
        <translation>مقترح آلياً</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="30" />
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="30" />
        <source>Quote</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="31" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="31" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="32" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="32" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="158" />
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="234" />
        <source>Filter claims…</source>
        <translation>تصفية الادعاءات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="235" />
        <source>Filter claims</source>
        <translation>تصفية الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="237" />
        <source>Filter by category</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="239" />
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="241" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="256" />
        <source>Category colours</source>
        <translation>ألوان الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="286" />
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="292" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="45" />
        <source>Add claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="65" />
        <source>Edit claim</source>
        <translation>تعديل ادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="84" />
        <source>Set status to %s</source>
        <translation>تغيير الحالة إلى %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commands.py" line="91" />
        <source>Delete claim</source>
        <translation>حذف ادعاء</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/ui/library.py" line="21" />
        <source>Search articles…</source>
        <translation>ابحث في المقالات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library.py" line="22" />
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library.py" line="24" />
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library.py" line="25" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library.py" line="25" />
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library.py" line="25" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73" />
        <source>Bidi override warning</source>
        <translation>تحذير من رموز تجاوز الاتجاه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93" />
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105" />
        <source>No font with Arabic letters is installed; Arabic may not display.</source>
        <translation>لا يوجد خط مثبت يدعم الحروف العربية؛ قد لا يظهر النص العربي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145" />
        <source>This article contains bidi override characters (LRO, RLO, LRE or RLE): the order shown can differ from the stored text. Use View › Show hidden characters to see them.</source>
        <translation>يحتوي هذا المقال على رموز تجاوز الاتجاه (LRO أو RLO أو LRE أو RLE): قد يختلف الترتيب المعروض عن النص المخزّن. استخدم عرض › إظهار الرموز الخفية لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210" />
        <source>The article is still opening.</source>
        <translation>ما زال المقال قيد الفتح.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213" />
        <source>Select the words of a claim first.</source>
        <translation>حدّد كلمات الادعاء أولاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>The selection holds no words to mark.</source>
        <translation>لا يحتوي التحديد على كلمات لتعليمها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="275" />
        <source>%n claim(s) suggested.</source>
        <translation>
            <numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282" />
        <source>Articles (%s)</source>
        <translation>مقالات (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="289" />
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316" />
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316" />
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337" />
        <source>Open store</source>
        <translation>فتح مخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="337" />
        <source>Hamish stores (*.db);;All files (*)</source>
        <translation>مخازن هامش (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="342" />
        <source>New store</source>
        <translation>مخزن جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="342" />
        <source>Hamish stores (*.db)</source>
        <translation>مخازن هامش (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="345" />
        <source>%s exists already; open it instead.</source>
        <translation>%s موجود بالفعل؛ افتحه بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352" />
        <source>Wait for the import to finish before switching stores.</source>
        <translation>انتظر انتهاء الاستيراد قبل تبديل المخزن.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="51" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52" />
        <source>&amp;Import articles…</source>
        <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="53" />
        <source>&amp;Open store…</source>
        <translation>&amp;فتح مخزن…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="54" />
        <source>&amp;New store…</source>
        <translation>مخزن &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="55" />
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56" />
        <source>Import &amp;annotations…</source>
        <translation>استيراد ال&amp;تعليقات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="57" />
        <source>&amp;Merge store…</source>
        <translation>&amp;دمج مخزن…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58" />
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="59" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62" />
        <source>&amp;Recent stores</source>
        <translation>المخازن ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="71" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72" />
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="76" />
        <source>&amp;Find articles</source>
        <translation>ا&amp;بحث في المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80" />
        <source>&amp;Claims</source>
        <translation>الا&amp;دعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="83" />
        <source>Mark as %s</source>
        <translation>تعليم كـ%s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="88" />
        <source>&amp;Accept claim</source>
        <translation>&amp;قبول الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="89" />
        <source>&amp;Reject claim</source>
        <translation>&amp;رفض الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90" />
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="91" />
        <source>&amp;Suggest claims</source>
        <translation>ا&amp;قتراح ادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101" />
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="103" />
        <source>Show &amp;hidden characters</source>
        <translation>إظهار الرموز ال&amp;خفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>&amp;Review mode</source>
        <translation>وضع الم&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107" />
        <source>&amp;All claims</source>
        <translation>&amp;كل الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="111" />
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="112" />
        <source>&amp;Agreement…</source>
        <translation>ا&amp;لاتفاق بين المراجعين…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="120" />
        <source>Claim tools</source>
        <translation>أدوات الادعاءات</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="16" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="21" />
        <source>Snap selections to whole words</source>
        <translation>توسيع التحديد إلى كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="23" />
        <source>Suggest claims when importing</source>
        <translation>اقتراح ادعاءات عند الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="35" />
        <source>Interface language (after restart)</source>
        <translation>لغة الواجهة (بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="38" />
        <source>Reader font size</source>
        <translation>حجم خط القارئ</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="40" />
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
</context>
</TS>