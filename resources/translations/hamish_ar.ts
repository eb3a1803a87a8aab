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
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="198" />
        <source>Filter claims…</source>
        <translation>تصفية الادعاءات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="199" />
        <source>Filter claims</source>
        <translation>تصفية الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="201" />
        <source>Filter by category</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="203" />
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="205" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="219" />
        <source>Category colours</source>
        <translation>ألوان الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="249" />
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/annotations.py" line="255" />
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
        <location filename="../../desktop/ui/main_window.py" line="67" />
        <source>Bidi override warning</source>
        <translation>تحذير من رموز تجاوز الاتجاه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87" />
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99" />
        <source>No font with Arabic letters is installed; Arabic may not display.</source>
        <translation>لا يوجد خط مثبت يدعم الحروف العربية؛ قد لا يظهر النص العربي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133" />
        <source>This article contains bidi override characters (LRO, RLO, LRE or RLE): the order shown can differ from the stored text. Use View › Show hidden characters to see them.</source>
        <translation>يحتوي هذا المقال على رموز تجاوز الاتجاه (LRO أو RLO أو LRE أو RLE): قد يختلف الترتيب المعروض عن النص المخزّن. استخدم عرض › إظهار الرموز الخفية لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164" />
        <source>Select the words of a claim first.</source>
        <translation>حدّد كلمات الادعاء أولاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>The selection holds no words to mark.</source>
        <translation>لا يحتوي التحديد على كلمات لتعليمها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="226" />
        <source>%n claim(s) suggested.</source>
        <translation>
            <numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform><numerusform>اقتُرح %n ادعاء.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233" />
        <source>Articles (%s)</source>
        <translation>مقالات (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240" />
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288" />
        <source>Open store</source>
        <translation>فتح مخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288" />
        <source>Hamish stores (*.db);;All files (*)</source>
        <translation>مخازن هامش (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="293" />
        <source>New store</source>
        <translation>مخزن جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="293" />
        <source>Hamish stores (*.db)</source>
        <translation>مخازن هامش (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="296" />
        <source>%s exists already; open it instead.</source>
        <translation>%s موجود بالفعل؛ افتحه بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303" />
        <source>Wait for the import to finish before switching stores.</source>
        <translation>انتظر انتهاء الاستيراد قبل تبديل المخزن.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="41" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="42" />
        <source>&amp;Import articles…</source>
        <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="43" />
        <source>&amp;Open store…</source>
        <translation>&amp;فتح مخزن…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="44" />
        <source>&amp;New store…</source>
        <translation>مخزن &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="45" />
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="46" />
        <source>Import &amp;annotations…</source>
        <translation>استيراد ال&amp;تعليقات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="47" />
        <source>&amp;Merge store…</source>
        <translation>&amp;دمج مخزن…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="48" />
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="49" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="52" />
        <source>&amp;Recent stores</source>
        <translation>المخازن ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="61" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62" />
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66" />
        <source>&amp;Find articles</source>
        <translation>ا&amp;بحث في المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70" />
        <source>&amp;Claims</source>
        <translation>الا&amp;دعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="73" />
        <source>Mark as %s</source>
        <translation>تعليم كـ%s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="78" />
        <source>&amp;Accept claim</source>
        <translation>&amp;قبول الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="79" />
        <source>&amp;Reject claim</source>
        <translation>&amp;رفض الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80" />
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="81" />
        <source>&amp;Suggest claims</source>
        <translation>ا&amp;قتراح ادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="90" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="91" />
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93" />
        <source>Show &amp;hidden characters</source>
        <translation>إظهار الرموز ال&amp;خفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96" />
        <source>&amp;Review mode</source>
        <translation>وضع الم&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97" />
        <source>&amp;All claims</source>
        <translation>&amp;كل الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101" />
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102" />
        <source>&amp;Agreement…</source>
        <translation>ا&amp;لاتفاق بين المراجعين…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="110" />
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