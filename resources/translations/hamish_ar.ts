<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/help/about.py" line="37"/>
        <source>About Hamish</source>
        <translation>عن هامش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/about.py" line="39"/>
        <source>Hamish (هامش), version %s</source>
        <translation>هامش (Hamish)، الإصدار %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/about.py" line="41"/>
        <source>Store:</source>
        <translation>المخزن:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/about.py" line="45"/>
        <source>Store</source>
        <translation>المخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/about.py" line="57"/>
        <source>Fonts shipped with Hamish, licensed under the %s:</source>
        <translation>الخطوط المرفقة بهامش، مرخّصة بموجب %s:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/about.py" line="52"/>
        <source>Hamish is free software under the MIT licence. It reads and writes only local files and never uses the network.</source>
        <translation>هامش برنامج حر بموجب رخصة MIT. يقرأ ويكتب ملفات محلية فقط ولا يستخدم الشبكة أبدًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/about.py" line="68"/>
        <source>Font licence</source>
        <translation>رخصة الخطوط</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="311"/>
        <source>only in this store</source>
        <translation>في هذا المخزن فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="312"/>
        <source>only in the other store</source>
        <translation>في المخزن الآخر فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="318"/>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="324"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="319"/>
        <source>Claims (this)</source>
        <translation>الادعاءات (هنا)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="320"/>
        <source>Claims (other)</source>
        <translation>الادعاءات (الآخر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="321"/>
        <source>Matched</source>
        <translation>المتطابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="321"/>
        <source>Span F1</source>
        <translation>F1 للمقاطع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="322"/>
        <source>Category κ</source>
        <translation>κ للفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="323"/>
        <source>Token κ</source>
        <translation>κ للكلمات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="325"/>
        <source>Difference</source>
        <translation>الاختلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="326"/>
        <source>This store</source>
        <translation>هذا المخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="327"/>
        <source>Other store</source>
        <translation>المخزن الآخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="330"/>
        <source>Agreement with another store</source>
        <translation>الاتفاق مع مخزن آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="330"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="332"/>
        <source>Store to compare with</source>
        <translation>المخزن المراد المقارنة به</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="334"/>
        <source>Other store:</source>
        <translation>المخزن الآخر:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="335"/>
        <source>Overall agreement</source>
        <translation>الاتفاق الإجمالي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="336"/>
        <source>Agreement per article</source>
        <translation>الاتفاق لكل مقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="337"/>
        <source>Disagreements</source>
        <translation>مواضع الاختلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="343"/>
        <source>Disagreements:</source>
        <translation>مواضع الاختلاف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="352"/>
        <source>this store is in memory; agreement compares two store files</source>
        <translation>هذا المخزن في الذاكرة فقط؛ حساب الاتفاق يقارن بين ملفَّي مخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="353"/>
        <source>choose the other store first</source>
        <translation>اختر المخزن الآخر أولاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="358"/>
        <source>{shared} shared articles ({here} only here, {there} only there) · span F1 {f1} · category κ {category} · token κ {token}</source>
        <translation>{shared} مقال مشترك ({here} هنا فقط، و{there} هناك فقط) · F1 للمقاطع {f1} · κ للفئات {category} · κ للكلمات {token}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="370"/>
        <source>Compared with {name}</source>
        <translation>قورن مع {name}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="73"/>
        <source>Your lexicon file is not used: %1. The built-in lexicon is in use.</source>
        <translation>ملف معجمك غير مستخدم: %1. المعجم المدمج هو المستخدم.</translation>
    </message>
</context>
<context>
    <name>ArabicFontBox</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="67"/>
        <source>Automatic (best Arabic font)</source>
        <translation>تلقائي (أفضل خط عربي)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/ui/store/backups.py" line="20"/>
        <source>Back up the store</source>
        <translation>نسخ المخزن احتياطيًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/backups.py" line="21"/>
        <location filename="../../desktop/ui/store/backups.py" line="37"/>
        <source>Hamish stores (*.db)</source>
        <translation>مخازن هامش (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/backups.py" line="29"/>
        <source>Backed up to %s</source>
        <translation>نُسخ احتياطيًا إلى %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/backups.py" line="36"/>
        <location filename="../../desktop/ui/store/backups.py" line="42"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/backups.py" line="40"/>
        <source>Replace everything in this store with the backup %s? What it holds now is backed up first.</source>
        <translation>أتستبدل كل ما في هذا المخزن بالنسخة الاحتياطية %s؟ يُنسخ ما فيه الآن احتياطيًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/backups.py" line="52"/>
        <source>Restored; the store as it was is in %s</source>
        <translation>تمت الاستعادة؛ المخزن كما كان محفوظ في %s</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="83"/>
        <source>&amp;Apply</source>
        <translation>ت&amp;طبيق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="84"/>
        <source>Apply changes to the claim</source>
        <translation>تطبيق التغييرات على الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="78"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="78"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="78"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="78"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="78"/>
        <source>Subject</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="79"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="79"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="86"/>
        <source>History of the claim</source>
        <translation>سجل الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="85"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/editor.py" line="105"/>
        <source>This claim was changed elsewhere while you were editing it.</source>
        <translation>غُيّر هذا الادعاء في مكان آخر بينما كنت تحرره.</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="111"/>
        <source>%s is not a number</source>
        <translation>%s ليس رقماً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="113"/>
        <source>%s is not a finite number</source>
        <translation>%s ليس رقماً محدوداً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="142"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="143"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="144"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="145"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="146"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="155"/>
        <source>Suggested automatically</source>
        <translation>مقترح آلياً</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="39"/>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="39"/>
        <source>Quote</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="40"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="40"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="41"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="41"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="47"/>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="48"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="49"/>
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="50"/>
        <source>disputed</source>
        <translation>خلافي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="51"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="202"/>
        <source>Why suggested: {why}</source>
        <translation>سبب الاقتراح: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="42"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="427"/>
        <source>Filter claims…</source>
        <translation>تصفية الادعاءات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="428"/>
        <source>Filter claims</source>
        <translation>تصفية الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="429"/>
        <source>Filter by category</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="430"/>
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="431"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="432"/>
        <source>Category colours</source>
        <translation>ألوان الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="433"/>
        <source>Claim editor</source>
        <translation>محرر الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="434"/>
        <source>Show or hide the claim editor</source>
        <translation>إظهار محرر الادعاء أو إخفاؤه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="475"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/panel.py" line="477"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="39"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="39"/>
        <source>Quote</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="40"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="40"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="41"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="41"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="42"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="42"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="43"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="43"/>
        <source>Spread</source>
        <translation>التفاوت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="61"/>
        <source>{number} bn</source>
        <translation>{number} مليار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="62"/>
        <source>{number} m</source>
        <translation>{number} مليون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="63"/>
        <source>{number} k</source>
        <translation>{number} ألف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="451"/>
        <source>G%s</source>
        <translation>م%s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="460"/>
        <source>sources contradict each other</source>
        <translation>المصادر متعارضة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="460"/>
        <source>sources agree</source>
        <translation>المصادر متّفقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="461"/>
        <source>Group {number}: {claims} claims from {articles} articles, {low} – {high} {unit}; {verdict}</source>
        <translation>المجموعة {number}: {claims} ادعاء من {articles} مقال، من {low} إلى {high} {unit}؛ {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table_model.py" line="44"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
</context>
<context>
    <name>ClaimsTableWindow</name>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="109"/>
        <source>All claims</source>
        <translation>كل الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="110"/>
        <source>All claims in the library</source>
        <translation>كل الادعاءات في المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="111"/>
        <source>Filter: title, quote, note…</source>
        <translation>تصفية: العنوان أو النص أو الملاحظة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="112"/>
        <source>Filter claims by text</source>
        <translation>تصفية الادعاءات بالنص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="113"/>
        <source>Filter by unit</source>
        <translation>تصفية حسب الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="114"/>
        <source>Filter by category</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="115"/>
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="116"/>
        <source>Grouped only</source>
        <translation>المجمَّعة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="117"/>
        <source>Show only claims in a group</source>
        <translation>عرض الادعاءات المنتمية إلى مجموعة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="120"/>
        <source>Grouping tolerance in percent</source>
        <translation>هامش التجميع بالنسبة المئوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="122"/>
        <source>Claims with the same unit whose values differ by at most this much are grouped</source>
        <translation>تُجمَّع الادعاءات ذات الوحدة نفسها إذا لم يتجاوز الفرق بين قيمها هذا الهامش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="174"/>
        <source>Claims table</source>
        <translation>جدول الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="123"/>
        <source>Claims summary</source>
        <translation>ملخّص الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="124"/>
        <source>Tolerance:</source>
        <translation>الهامش:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="209"/>
        <source>All units</source>
        <translation>كل الوحدات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="209"/>
        <source>(no unit)</source>
        <translation>(بلا وحدة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="210"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="212"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="228"/>
        <source>{shown} of {total} claims shown · {groups} groups across articles · {contradictions} with contradicting values</source>
        <translation>يُعرض {shown} من {total} ادعاء · {groups} مجموعة عبر المقالات · {contradictions} منها بقيم متعارضة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="118"/>
        <source>Conflicts only</source>
        <translation>التعارضات فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="119"/>
        <source>Show only claims edited elsewhere at the same time</source>
        <translation>اعرض فقط الادعاءات التي عُدّلت في مكان آخر في الوقت نفسه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/table.py" line="222"/>
        <source>{shown} of {total} claims shown · grouping close values…</source>
        <translation>يُعرض {shown} من {total} ادعاء · جارٍ تجميع القيم المتقاربة…</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/claims/commands.py" line="83"/>
        <source>Add claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/commands.py" line="108"/>
        <source>Edit claim</source>
        <translation>تعديل ادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/commands.py" line="131"/>
        <source>Set status to %s</source>
        <translation>تغيير الحالة إلى %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/commands.py" line="139"/>
        <source>Delete claim</source>
        <translation>حذف ادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/commands.py" line="183"/>
        <source>Suggest claims</source>
        <translation>اقتراح ادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="48"/>
        <location filename="../../desktop/ui/claims/commands.py" line="208"/>
        <source>Delete article</source>
        <translation>حذف مقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/commands.py" line="229"/>
        <source>Merge subjects</source>
        <translation>دمج الجهتين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/commands.py" line="160"/>
        <source>Keep my version</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../desktop/ui/compare/chart.py" line="223"/>
        <source>Publication date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/chart.py" line="263"/>
        <source>contradiction</source>
        <translation>تناقض</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="18"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="18"/>
        <source>Original</source>
        <translation>القيمة الأصلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="19"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="19"/>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="20"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="20"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="21"/>
        <source>Quote</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/model.py" line="102"/>
        <source>no rate</source>
        <translation>لا سعر صرف</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="139"/>
        <source>Compare sources</source>
        <translation>مقارنة المصادر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="140"/>
        <source>&amp;Subject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="140"/>
        <source>C&amp;ategory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="140"/>
        <source>C&amp;urrency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="141"/>
        <source>&amp;Tolerance:</source>
        <translation>ال&amp;تفاوت:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="141"/>
        <source>&amp;Within:</source>
        <translation>&amp;خلال:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="144"/>
        <source>A company, a country, an app…</source>
        <translation>شركة أو بلد أو تطبيق…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="145"/>
        <source>Subject to compare</source>
        <translation>الموضوع المراد مقارنته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="146"/>
        <source>Category to compare</source>
        <translation>الفئة المراد مقارنتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="147"/>
        <source>Currency sums are shown in</source>
        <translation>العملة التي تُعرض بها المبالغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="148"/>
        <source>Values that differ by more than this are flagged as contradictions</source>
        <translation>القيم التي يزيد الفرق بينها على هذا تُعلَّم تناقضًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="149"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="150"/>
        <source>Only claims published within this many days of each other can contradict</source>
        <translation>لا يتناقض ادعاءان إلا إذا نُشرا في حدود هذا العدد من الأيام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="151"/>
        <source>Claims about the subject</source>
        <translation>الادعاءات عن الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="183"/>
        <source>No subject is named %s.</source>
        <translation>لا موضوع باسم %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="184"/>
        <source>Choose a subject.</source>
        <translation>اختر موضوعًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="227"/>
        <source>%1 claim(s) from %2 source(s), %3 to %4</source>
        <translation>عدد الادعاءات: %1 من مصادر عددها %2، من %3 إلى %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/compare/view.py" line="232"/>
        <source>%n contradiction(s):</source>
        <translation>
            <numerusform>لا تناقضات:</numerusform>
            <numerusform>تناقض واحد:</numerusform>
            <numerusform>تناقضان:</numerusform>
            <numerusform>%n تناقضات:</numerusform>
            <numerusform>%n تناقضًا:</numerusform>
            <numerusform>%n تناقض:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="234"/>
        <source>{a} ({va}, {da}) and {b} ({vb}, {db}) differ by {pct} %</source>
        <translation>{a} ({va}، {da}) و{b} ({vb}، {db}) يختلفان بنسبة {pct} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/view.py" line="240"/>
        <source>…and %1 more, flagged in the table</source>
        <translation>…و%1 غيرها، معلَّمة في الجدول</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="21"/>
        <source>Changed elsewhere</source>
        <translation>غُيّر في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="19"/>
        <source>This claim was changed elsewhere after you read it, so your change was not saved.</source>
        <translation>غُيّر هذا الادعاء في مكان آخر بعد أن قرأته، لذلك لم يُحفظ تغييرك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="26"/>
        <source>Keep &amp;theirs</source>
        <translation>الإبقاء على &amp;نسختهم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="27"/>
        <source>Keep &amp;mine</source>
        <translation>الإبقاء على ن&amp;سختي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="28"/>
        <source>Keep &amp;both (mine in the history)</source>
        <translation>الإبقاء على النسختين &amp;معًا (نسختي في السجل)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="53"/>
        <source>Keep both</source>
        <translation>الإبقاء على النسختين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/conflicts.py" line="16"/>
        <source>Claims of this article were changed elsewhere after you deleted it, so it was not restored.</source>
        <translation>عُدِّلت ادعاءات في هذا المقال في مكان آخر بعد أن حذفته، فلم يُستعَد.</translation>
    </message>
</context>
<context>
    <name>Contradictions</name>
    <message>
        <location filename="../../desktop/ui/compare/badges.py" line="49"/>
        <source>Contradicts other sources:</source>
        <translation>يناقض ما تقوله مصادر أخرى:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="29"/>
        <source>Details were written to %s.</source>
        <translation>كُتبت التفاصيل في %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="32"/>
        <source>Something went wrong: %s. What this action was doing may not have been saved; changes the status bar showed as saved are in the store.</source>
        <translation>حدث خطأ: %s. قد لا يكون ما كان هذا الإجراء يفعله قد حُفظ؛ أما التغييرات التي أظهر شريط الحالة أنها حُفظت فهي في المخزن.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/parts.py" line="100"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/parts.py" line="136"/>
        <source>Failed: {error}</source>
        <translation>فشلت العملية: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/parts.py" line="128"/>
        <source>Not saved yet: another program holds the store&apos;s lock (or the disk is full). This is kept and done as soon as the store takes it.</source>
        <translation>لم يُحفظ بعد: برنامج آخر يمسك قفل المخزن (أو القرص ممتلئ). العملية محفوظة في الانتظار وتُنفَّذ حالما يقبلها المخزن.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="36"/>
        <source>CSV (spreadsheet, UTF-8)</source>
        <translation>CSV (جدول بيانات، UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="36"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="37"/>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="37"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="38"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>تعليقات الويب وفق W3C (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="38"/>
        <source>JSON-LD files (*.jsonld *.json)</source>
        <translation>ملفات JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="39"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="39"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>ملفات JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="40"/>
        <source>Review report (HTML)</source>
        <translation>تقرير المراجعة (HTML)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="40"/>
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="41"/>
        <source>Review report (PDF)</source>
        <translation>تقرير المراجعة (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="43"/>
        <source>Hamish stores (*.db *.sqlite *.hamish);;All files (*)</source>
        <translation>مخازن هامش (*.db *.sqlite *.hamish);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="44"/>
        <source>Claim exports (*.jsonld *.json *.jsonl);;All files (*)</source>
        <translation>ملفات الادعاءات المصدَّرة (*.jsonld *.json *.jsonl);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="51"/>
        <source>Export claims</source>
        <translation>تصدير الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="51"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="55"/>
        <source>Export format</source>
        <translation>صيغة التصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="60"/>
        <source>Whole library</source>
        <translation>المكتبة كاملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="65"/>
        <source>Export the chosen articles</source>
        <translation>تصدير المقالات المختارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="66"/>
        <source>Export the whole library</source>
        <translation>تصدير المكتبة كاملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="74"/>
        <source>Only claims with status</source>
        <translation>الادعاءات ذات الحالة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="75"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="79"/>
        <source>Only claims of category</source>
        <translation>ادعاءات الفئة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="80"/>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="83"/>
        <source>Output file</source>
        <translation>ملف الإخراج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="86"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="86"/>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="87"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="87"/>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="88"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="88"/>
        <source>Report charts:</source>
        <translation>رسوم التقرير:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="127"/>
        <source>This article: {title}</source>
        <translation>هذا المقال: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="129"/>
        <source>Selected articles ({count})</source>
        <translation>المقالات المحدَّدة ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="130"/>
        <source>This article (none open)</source>
        <translation>هذا المقال (لا مقال مفتوح)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="157"/>
        <source>choose a file to write first</source>
        <translation>اختر أولاً ملفاً للكتابة فيه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="163"/>
        <source>check at least one subject to chart, or choose another set of subjects</source>
        <translation>اختر موضوعًا واحدًا على الأقل لرسمه، أو اختر مجموعة أخرى من الموضوعات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="171"/>
        <source>Wrote {claims} claims from {articles} articles to {path}</source>
        <translation>كُتب {claims} ادعاء من {articles} مقال في {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="109"/>
        <source>Export cancelled: no file was written</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../desktop/ui/exchange/export_run.py" line="152"/>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/export_run.py" line="153"/>
        <location filename="../../desktop/ui/exchange/export_run.py" line="154"/>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/reader/find.py" line="77"/>
        <source>Find in article…</source>
        <translation>ابحث في المقال…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/find.py" line="78"/>
        <source>Find in article</source>
        <translation>البحث في المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/find.py" line="79"/>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/find.py" line="80"/>
        <source>Next match (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/find.py" line="81"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/find.py" line="152"/>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/find.py" line="154"/>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="178"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="179"/>
        <source>Quote</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="180"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="181"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="183"/>
        <source>exact</source>
        <translation>مطابقة تامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="184"/>
        <source>re-anchored</source>
        <translation>أعيد تثبيتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="185"/>
        <source>orphaned</source>
        <translation>بلا موضع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="186"/>
        <source>ambiguous</source>
        <translation>ملتبسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="187"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="188"/>
        <source>updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="189"/>
        <source>kept newer</source>
        <translation>أُبقي على الأحدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="190"/>
        <source>articles created</source>
        <translation>مقالات أُنشئت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="191"/>
        <source>skipped (deleted here)</source>
        <translation>تُخطّيت (محذوفة هنا)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="192"/>
        <source>restored (edited after deletion)</source>
        <translation>استُعيدت (عُدّلت بعد الحذف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="198"/>
        <source>Import claims</source>
        <translation>استيراد الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="198"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="200"/>
        <source>Export file to import</source>
        <translation>الملف المصدَّر المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="202"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="203"/>
        <source>Import counts</source>
        <translation>أعداد الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="204"/>
        <source>Claims that could not be placed</source>
        <translation>ادعاءات تعذّر تحديد موضعها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="214"/>
        <source>choose a file to import first</source>
        <translation>اختر أولاً ملفاً لاستيراده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="232"/>
        <source>Imported {placed} claims from {source}; {orphaned} kept aside to place later</source>
        <translation>استُورد {placed} ادعاء من {source}؛ وحُفظ {orphaned} جانباً لتحديد موضعه لاحقاً</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="134"/>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="135"/>
        <source>already in the store</source>
        <translation>موجود في المخزن سابقاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="60"/>
        <source>a folder with no files to import</source>
        <translation>مجلد لا يحوي ملفات يمكن استيرادها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="168"/>
        <source>clipboard</source>
        <translation>الحافظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="178"/>
        <source>; pages read by OCR: %1</source>
        <translation>؛ صفحات قُرئت بالتعرف الضوئي: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="181"/>
        <source>; text not to be trusted on pages %1</source>
        <translation>؛ لا يُوثق بالنص في الصفحات %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="143"/>
        <source>not saved yet: another program holds the store&apos;s lock (or the disk is full); it is kept and saved as soon as the store takes it</source>
        <translation>لم يُحفظ بعد: برنامج آخر يمسك قفل المخزن (أو القرص ممتلئ)؛ الملف محفوظ في الانتظار ويُحفظ حالما يقبله المخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="277"/>
        <source>Import of %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="102"/>
        <location filename="../../desktop/ui/library/import_worker.py" line="212"/>
        <source>imported, but suggesting claims failed (%1)</source>
        <translation>استُورد، لكن اقتراح الادعاءات تعذّر (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/import_worker.py" line="290"/>
        <source>Suggested claims of %1</source>
        <translation>الادعاءات المقترحة في %1</translation>
    </message>
</context>
<context>
    <name>LexiconDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="25"/>
        <source>Lexicon</source>
        <translation>المعجم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="27"/>
        <source>Lexicon file</source>
        <translation>ملف المعجم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="32"/>
        <source>Your own nouns, units and currencies, added to the built-in lexicon.</source>
        <translation>أسماؤك ووحداتك وعملاتك، تُضاف إلى المعجم المدمج.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="38"/>
        <source>File: {path}</source>
        <translation>الملف: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="54"/>
        <source>Not saved: {problem}</source>
        <translation>لم يُحفظ: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="89"/>
        <source>Search articles…</source>
        <translation>ابحث في المقالات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="90"/>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="91"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="19"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="19"/>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="20"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/view.py" line="93"/>
        <source>Delete article…</source>
        <translation>حذف المقال…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="20"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="21"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library/model.py" line="157"/>
        <source>Imported %s UTC</source>
        <translation>استورد في ⁨%s⁩ بالتوقيت العالمي</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <location filename="../../desktop/ui/main_window.py" line="225"/>
        <source>Bidi override warning</source>
        <translation>تحذير من رموز تجاوز الاتجاه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="255"/>
        <source>No font with Arabic letters is installed; Arabic may not display.</source>
        <translation>لا يوجد خط مثبت يدعم الحروف العربية؛ قد لا يظهر النص العربي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <source>This article contains bidi override characters (LRO, RLO, LRE or RLE): the order shown can differ from the stored text. Use View › Show hidden characters to see them.</source>
        <translation>يحتوي هذا المقال على رموز تجاوز الاتجاه (LRO أو RLO أو LRE أو RLE): قد يختلف الترتيب المعروض عن النص المخزّن. استخدم عرض › إظهار الرموز الخفية لرؤيتها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="393"/>
        <source>Delete the article %s and its %n claim(s)? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>أتحذف المقال %s؟ ليس عليه أي ادعاء. تحرير › تراجع يعيده.</numerusform>
            <numerusform>أتحذف المقال %s وادعاءه الوحيد؟ تحرير › تراجع يعيدهما.</numerusform>
            <numerusform>أتحذف المقال %s وادعاءيه الاثنين؟ تحرير › تراجع يعيدها.</numerusform>
            <numerusform>أتحذف المقال %s وادعاءاته الـ%n؟ تحرير › تراجع يعيدها.</numerusform>
            <numerusform>أتحذف المقال %s و%n ادعاءً عليه؟ تحرير › تراجع يعيدها.</numerusform>
            <numerusform>أتحذف المقال %s و%n ادعاء عليه؟ تحرير › تراجع يعيدها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="395"/>
        <source>Delete article</source>
        <translation>حذف المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="426"/>
        <source>The article is still opening.</source>
        <translation>ما زال المقال قيد الفتح.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="429"/>
        <source>Select the words of a claim first.</source>
        <translation>حدّد كلمات الادعاء أولاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437"/>
        <source>The selection holds no words to mark.</source>
        <translation>لا يحتوي التحديد على كلمات لتعليمها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="519"/>
        <source>%n claim(s) suggested.</source>
        <translation>
            <numerusform>لم يُقترح أي ادعاء.</numerusform>
            <numerusform>اقتُرح ادعاء واحد.</numerusform>
            <numerusform>اقتُرح ادعاءان.</numerusform>
            <numerusform>اقتُرحت %n ادعاءات.</numerusform>
            <numerusform>اقتُرح %n ادعاءً.</numerusform>
            <numerusform>اقتُرح %n ادعاء.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="527"/>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="528"/>
        <source>Articles (%s)</source>
        <translation>مقالات (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="555"/>
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="608"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="608"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="630"/>
        <source>Open store</source>
        <translation>فتح مخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="635"/>
        <source>New store</source>
        <translation>مخزن جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="639"/>
        <source>%s exists already; open it instead.</source>
        <translation>%s موجود بالفعل؛ افتحه بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="646"/>
        <source>Wait for the import to finish before switching stores.</source>
        <translation>انتظر انتهاء الاستيراد قبل تبديل المخزن.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="757"/>
        <source>Select a claim first.</source>
        <translation>اختر ادعاءً أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="766"/>
        <source>This claim has no subject yet: set it in the claim editor to compare it.</source>
        <translation>ليس لهذا الادعاء موضوع بعد: حدّده في محرر الادعاء لتقارنه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد من المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="545"/>
        <source>The clipboard holds no text to import.</source>
        <translation>لا تحوي الحافظة نصا يمكن استيراده.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="630"/>
        <source>Hamish stores (*.hamish *.db);;All files (*)</source>
        <translation>مخازن هامش (*.hamish *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="636"/>
        <source>Hamish stores (*.hamish *.db)</source>
        <translation>مخازن هامش (*.hamish *.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="592"/>
        <source>OCR of %1: page %2 of %3</source>
        <translation>التعرف الضوئي على %1: الصفحة %2 من %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="683"/>
        <source>Sample article</source>
        <translation>المقال النموذجي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="809"/>
        <source>%n change(s) are not saved yet: another program holds the store&apos;s lock, or the disk is full. Leave anyway and lose them? (No: stay, and they are saved as soon as the store takes them.)</source>
        <translation>
            <numerusform>لا تغييرات غير محفوظة بعد: يمسك برنامج آخر قفل المخزن، أو القرص ممتلئ. أتغادر مع ذلك وتفقدها؟ (لا: ابقَ، وتُحفظ حالما يقبلها المخزن.)</numerusform>
            <numerusform>تغيير واحد لم يُحفظ بعد: يمسك برنامج آخر قفل المخزن، أو القرص ممتلئ. أتغادر مع ذلك وتفقده؟ (لا: ابقَ، ويُحفظ حالما يقبله المخزن.)</numerusform>
            <numerusform>تغييران لم يُحفظا بعد: يمسك برنامج آخر قفل المخزن، أو القرص ممتلئ. أتغادر مع ذلك وتفقدهما؟ (لا: ابقَ، ويُحفظان حالما يقبلهما المخزن.)</numerusform>
            <numerusform>%n تغييرات لم تُحفظ بعد: يمسك برنامج آخر قفل المخزن، أو القرص ممتلئ. أتغادر مع ذلك وتفقدها؟ (لا: ابقَ، وتُحفظ حالما يقبلها المخزن.)</numerusform>
            <numerusform>%n تغييرًا لم يُحفظ بعد: يمسك برنامج آخر قفل المخزن، أو القرص ممتلئ. أتغادر مع ذلك وتفقدها؟ (لا: ابقَ، وتُحفظ حالما يقبلها المخزن.)</numerusform>
            <numerusform>%n تغيير لم يُحفظ بعد: يمسك برنامج آخر قفل المخزن، أو القرص ممتلئ. أتغادر مع ذلك وتفقدها؟ (لا: ابقَ، وتُحفظ حالما يقبلها المخزن.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="812"/>
        <source>Changes not saved</source>
        <translation>تغييرات لم تُحفظ</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="91"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Import articles…</source>
        <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Open store…</source>
        <translation>&amp;فتح مخزن…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>&amp;New store…</source>
        <translation>مخزن &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97"/>
        <source>Import &amp;annotations…</source>
        <translation>استيراد ال&amp;تعليقات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>&amp;Merge store…</source>
        <translation>&amp;دمج مخزن…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106"/>
        <source>&amp;Recent stores</source>
        <translation>المخازن ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="120"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="121"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="123"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="125"/>
        <source>&amp;Find articles</source>
        <translation>ا&amp;بحث في المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="126"/>
        <source>Delete &amp;article…</source>
        <translation>حذف ال&amp;مقال…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127"/>
        <source>Find in &amp;article…</source>
        <translation>البحث في ال&amp;مقال…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="128"/>
        <source>Find &amp;next</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="129"/>
        <source>Find pre&amp;vious</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="138"/>
        <source>&amp;Claims</source>
        <translation>الا&amp;دعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="142"/>
        <source>Mark as %s</source>
        <translation>تعليم كـ%s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="146"/>
        <source>&amp;Accept claim</source>
        <translation>&amp;قبول الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="147"/>
        <source>&amp;Reject claim</source>
        <translation>&amp;رفض الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="148"/>
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="149"/>
        <source>&amp;Suggest claims</source>
        <translation>ا&amp;قتراح ادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="150"/>
        <source>&amp;Compare with other sources</source>
        <translation>&amp;قارن بمصادر أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="163"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="164"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="165"/>
        <source>Show &amp;hidden characters</source>
        <translation>إظهار الرموز ال&amp;خفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="168"/>
        <source>&amp;Latin runs as written</source>
        <translation>النصوص اللاتينية كما كُتبت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="171"/>
        <source>Show «$2 billion» and «GPT-4o» inside Arabic text as written; off shows the raw Unicode order</source>
        <translation>اعرض «$2 billion» و«GPT-4o» داخل النص العربي كما كُتبت؛ عند الإيقاف يظهر ترتيب يونيكود الخام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="174"/>
        <source>&amp;Review mode</source>
        <translation>وضع الم&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="175"/>
        <source>&amp;All claims</source>
        <translation>&amp;كل الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="176"/>
        <source>&amp;Compare…</source>
        <translation>&amp;مقارنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="187"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="188"/>
        <source>&amp;Agreement…</source>
        <translation>ا&amp;لاتفاق بين المراجعين…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="198"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="199"/>
        <source>Claim tools</source>
        <translation>أدوات الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100"/>
        <source>Res&amp;tore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Import &amp;folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="130"/>
        <source>&amp;Paste as new article</source>
        <translation>&amp;لصق كمقال جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="225"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="226"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة الم&amp;فاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="227"/>
        <source>Show the &amp;tour</source>
        <translation>اعرض الجو&amp;لة التعريفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="228"/>
        <source>&amp;About Hamish</source>
        <translation>&amp;عن هامش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="103"/>
        <source>S&amp;ync now</source>
        <translation>&amp;زامن الآن</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="253"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="253"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="254"/>
        <source>Quote</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="254"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="255"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="255"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="256"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="261"/>
        <source>Merge another store</source>
        <translation>دمج مخزن آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="261"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="263"/>
        <source>Store to merge in</source>
        <translation>المخزن المراد دمجه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="264"/>
        <source>Other store:</source>
        <translation>المخزن الآخر:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="265"/>
        <source>Merge counts</source>
        <translation>أعداد الدمج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="266"/>
        <source>Claims that came in</source>
        <translation>الادعاءات الواردة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="276"/>
        <source>choose the other store first</source>
        <translation>اختر المخزن الآخر أولاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="281"/>
        <source>added</source>
        <translation>أضيف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="281"/>
        <source>updated</source>
        <translation>حُدِّث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="289"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="289"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="291"/>
        <source>Articles: {articles_new} new, {articles_here} already here · claims: {added} added, {updated} updated, {unchanged} unchanged, {kept} kept (yours were later) · new categories: {categories} · earlier versions kept: {history}</source>
        <translation>المقالات: {articles_new} جديد، و{articles_here} موجود سابقاً · الادعاءات: {added} مضاف، و{updated} محدَّث، و{unchanged} دون تغيير، و{kept} أُبقي عليه (نسختك أحدث) · فئات جديدة: {categories} · نسخ سابقة محفوظة: {history}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="298"/>
        <source>Deletions: {applied} of theirs applied, {skipped} not applied (you edited later), {kept_deleted} of yours kept, {restored} restored (edited after your deletion)</source>
        <translation>الحذف: طُبّق {applied} من حذوفاتهم، ولم يُطبَّق {skipped} (عدّلتَها لاحقاً)، وبقي {kept_deleted} من حذوفاتك، واستُعيد {restored} (عُدّلت بعد حذفك)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="303"/>
        <source>Articles: {kept} deleted here and not brought back, {deleted} deleted there and here, {skipped} deletions not applied (you edited later)</source>
        <translation>المقالات: {kept} محذوفة هنا ولم تُستعد، و{deleted} حُذفت هناك وهنا، و{skipped} حذفاً لم يُطبَّق (عدّلتَها لاحقاً)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialogs.py" line="307"/>
        <source>Merged {name}</source>
        <translation>دُمج {name}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="45"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="47"/>
        <source>Claim note</source>
        <translation>ملاحظة الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="53"/>
        <source>Note (Enter saves, Esc cancels):</source>
        <translation>الملاحظة (Enter للحفظ، Esc للإلغاء):</translation>
    </message>
</context>
<context>
    <name>PagePane</name>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="200"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="200"/>
        <source>Text and page</source>
        <translation>النص والصفحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="200"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="202"/>
        <source>Page </source>
        <translation>صفحة </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="203"/>
        <source>PDF page</source>
        <translation>صفحة PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="231"/>
        <source>Text layer not to be trusted on page(s) %1; compare with the page.</source>
        <translation>لا يُوثق بطبقة النص في الصفحة (الصفحات) %1؛ قارن بالصفحة نفسها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="234"/>
        <source>Read by OCR: page(s) %1; check its claims.</source>
        <translation>قُرئت بالتعرف الضوئي: الصفحة (الصفحات) %1؛ راجع ادعاءاتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="274"/>
        <source>PDF password</source>
        <translation>كلمة مرور ملف PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="275"/>
        <source>%1 is encrypted. Its password:</source>
        <translation>الملف %1 مشفّر. كلمة مروره:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader/page_view.py" line="277"/>
        <source>The password given was wrong.</source>
        <translation>كلمة المرور المدخلة خاطئة.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../desktop/ui/exchange/parts.py" line="68"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/parts.py" line="69"/>
        <source>Choose: {what}</source>
        <translation>اختيار: {what}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="86"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="91"/>
        <source>Snap selections to whole words</source>
        <translation>توسيع التحديد إلى كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="93"/>
        <source>Suggest claims when importing</source>
        <translation>اقتراح ادعاءات عند الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="100"/>
        <location filename="../../desktop/ui/preferences.py" line="113"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="100"/>
        <source>Snap to words</source>
        <translation>التوسيع إلى كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="101"/>
        <source>Suggest on import</source>
        <translation>الاقتراح عند الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="101"/>
        <source>Font family</source>
        <translation>عائلة الخط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="102"/>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="116"/>
        <source>Reader font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="107"/>
        <source>Edit lexicon…</source>
        <translation>تحرير المعجم…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="117"/>
        <source>Units the suggester knows</source>
        <translation>الوحدات التي يعرفها المقترِح</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/reader/view.py" line="49"/>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop/ui/claims/review_queue.py" line="13"/>
        <source>Unreviewed</source>
        <translation>غير المراجَعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_queue.py" line="14"/>
        <source>Suggested, unreviewed</source>
        <translation>المقترحة غير المراجَعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_queue.py" line="15"/>
        <source>Disputed</source>
        <translation>موضع الخلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="84"/>
        <location filename="../../desktop/ui/claims/review_mode.py" line="85"/>
        <location filename="../../desktop/ui/claims/review_mode.py" line="211"/>
        <location filename="../../desktop/ui/claims/review_mode.py" line="212"/>
        <source>Review claims</source>
        <translation>مراجعة الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="100"/>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="104"/>
        <source>Filter queue by category</source>
        <translation>تصفية القائمة حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="106"/>
        <source>Filter queue by article</source>
        <translation>تصفية القائمة حسب المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="112"/>
        <source>Review progress</source>
        <translation>تقدّم المراجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="114"/>
        <source>Review progress bar</source>
        <translation>شريط تقدّم المراجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="116"/>
        <source>Position in queue</source>
        <translation>الموضع في القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="118"/>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="122"/>
        <source>Claim note</source>
        <translation>ملاحظة الادعاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="126"/>
        <source>Review messages</source>
        <translation>رسائل المراجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="130"/>
        <source>Claim in context</source>
        <translation>الادعاء في سياقه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="131"/>
        <source>The paragraph around the claim; the claim is highlighted</source>
        <translation>الفقرة المحيطة بالادعاء، والادعاء مظلَّل فيها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="137"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="137"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="138"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="139"/>
        <source>Dispute</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="140"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="140"/>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="142"/>
        <source>{label} ({key})</source>
        <translation>{label} ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="150"/>
        <location filename="../../desktop/ui/claims/review_mode.py" line="154"/>
        <source>Undo last decision</source>
        <translation>التراجع عن آخر قرار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="151"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="153"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="188"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="190"/>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="354"/>
        <location filename="../../desktop/ui/claims/review_mode.py" line="362"/>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="399"/>
        <source>Could not undo or redo: {error}</source>
        <translation>تعذّر التراجع أو الإعادة: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="426"/>
        <source>{done} / {total} reviewed</source>
        <translation>رُوجع {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="432"/>
        <source>No claims in this queue.</source>
        <translation>لا توجد ادعاءات في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="438"/>
        <source>Claim {number} of {total}</source>
        <translation>الادعاء {number} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="448"/>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="450"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="451"/>
        <source>No note (N to add one)</source>
        <translation>لا ملاحظة (اضغط N لإضافة ملاحظة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="454"/>
        <source>All {total} reviewed</source>
        <translation>رُوجعت جميعها ({total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/claims/review_mode.py" line="367"/>
        <source>Not saved yet: {change} waits for the store and is kept until it is saved.</source>
        <translation>لم يُحفظ بعد: {change} ينتظر المخزن ويبقى محفوظًا في الانتظار حتى يُحفظ.</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../desktop/ui/store/queue.py" line="200"/>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/queue.py" line="201"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/help/shortcuts.py" line="51"/>
        <location filename="../../desktop/ui/help/shortcuts.py" line="63"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/shortcuts.py" line="54"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/shortcuts.py" line="54"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/shortcuts.py" line="54"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SubjectPicker</name>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="31"/>
        <source>Subjects charted in the report</source>
        <translation>الموضوعات المرسومة في التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="32"/>
        <source>Suggested: with a contradiction or several sources (at most {count} charts)</source>
        <translation>المقترحة: ما فيه تناقض أو عدة مصادر (حتى {count} رسمًا)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="34"/>
        <source>Only subjects with contradictions</source>
        <translation>الموضوعات التي فيها تناقضات فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="35"/>
        <source>All subjects</source>
        <translation>كل الموضوعات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="36"/>
        <source>Chosen subjects</source>
        <translation>موضوعات أختارها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="38"/>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="39"/>
        <source>Search subjects</source>
        <translation>ابحث في الموضوعات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="41"/>
        <source>Subjects to chart</source>
        <translation>الموضوعات المراد رسمها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/subject_picker.py" line="98"/>
        <source>{name} — {claims} claims, {sources} sources, {contradictions} contradictions</source>
        <translation>{name} — {claims} ادعاءات، {sources} مصادر، {contradictions} تناقضات</translation>
    </message>
</context>
<context>
    <name>TeamConflicts</name>
    <message>
        <location filename="../../desktop/ui/team/conflicts.py" line="45"/>
        <source>Edited elsewhere at the same time: the other version is kept in the history. Right-click to keep one.</source>
        <translation>عُدّل في مكان آخر في الوقت نفسه: النسخة الأخرى محفوظة في السجل. انقر بالزر الأيمن لتختار واحدة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/conflicts.py" line="48"/>
        <source>deleted it</source>
        <translation>حذفه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/conflicts.py" line="50"/>
        <source>%1 at %2: %3</source>
        <translation>%1 في %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/conflicts.py" line="60"/>
        <location filename="../../desktop/ui/team/conflicts.py" line="70"/>
        <source>Keep the current version</source>
        <translation>أبقِ النسخة الحالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/conflicts.py" line="62"/>
        <source>Take the version of %1 (%2)</source>
        <translation>خذ نسخة %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="62"/>
        <source>This store has no team hub yet: run “hamish sync URL” once to join one.</source>
        <translation>ليس لهذا المخزن خادم فريق بعد: شغّل «hamish sync URL» مرة واحدة للانضمام إلى خادم.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="66"/>
        <source>This store cannot be synced: it is read-only.</source>
        <translation>لا تمكن مزامنة هذا المخزن: إنه للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="69"/>
        <source>A sync is already running.</source>
        <translation>المزامنة جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="114"/>
        <source>Sync failed: %s</source>
        <translation>فشلت المزامنة: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="116"/>
        <source>Synced: %1 sent, %2 received, %3 new conflict(s).</source>
        <translation>تمت المزامنة: أُرسل %1، ووصل %2، وتعارضات جديدة: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="154"/>
        <source>Team hub</source>
        <translation>خادم الفريق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="164"/>
        <source>Hub: %s</source>
        <translation>الخادم: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="166"/>
        <source>syncing…</source>
        <translation>تجري المزامنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="168"/>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="170"/>
        <source>sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="172"/>
        <source>synced %s</source>
        <translation>زُومن %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="174"/>
        <source>never synced</source>
        <translation>لم يُزامَن بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/sync.py" line="175"/>
        <source>%n to send</source>
        <translation>
            <numerusform>لا شيء للإرسال</numerusform>
            <numerusform>تغيير واحد للإرسال</numerusform>
            <numerusform>تغييران للإرسال</numerusform>
            <numerusform>%n تغييرات للإرسال</numerusform>
            <numerusform>%n تغييرًا للإرسال</numerusform>
            <numerusform>%n تغيير للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="186"/>
        <source>Team hub: %s</source>
        <translation>خادم الفريق: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="188"/>
        <source>Last sync: %s</source>
        <translation>آخر مزامنة: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/sync.py" line="189"/>
        <source>%n change(s) made here wait to be sent</source>
        <translation>
            <numerusform>لا تغييرات هنا تنتظر الإرسال</numerusform>
            <numerusform>تغيير واحد هنا ينتظر الإرسال</numerusform>
            <numerusform>تغييران هنا ينتظران الإرسال</numerusform>
            <numerusform>%n تغييرات هنا تنتظر الإرسال</numerusform>
            <numerusform>%n تغييرًا هنا ينتظر الإرسال</numerusform>
            <numerusform>%n تغيير هنا ينتظر الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="202"/>
        <source>File › Sync now sends and receives at once; Hamish also syncs every five minutes.</source>
        <translation>ملف › زامن الآن يرسل ويستقبل فورًا؛ ويزامن هامش أيضًا كل خمس دقائق.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="240"/>
        <source>Sending your changes to the team hub before quitting…</source>
        <translation>تُرسَل تغييراتك إلى خادم الفريق قبل الخروج…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/sync.py" line="182"/>
        <source>%n change(s) held: review status needs a reviewer</source>
        <translation>
            <numerusform>لا تغييرات محتجزة: حالة المراجعة تحتاج إلى مراجِع</numerusform>
            <numerusform>تغيير واحد محتجز: حالة المراجعة تحتاج إلى مراجِع</numerusform>
            <numerusform>تغييران محتجزان: حالة المراجعة تحتاج إلى مراجِع</numerusform>
            <numerusform>%n تغييرات محتجزة: حالة المراجعة تحتاج إلى مراجِع</numerusform>
            <numerusform>%n تغييرًا محتجزًا: حالة المراجعة تحتاج إلى مراجِع</numerusform>
            <numerusform>%n تغيير محتجز: حالة المراجعة تحتاج إلى مراجِع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/sync.py" line="193"/>
        <source>The hub lets only reviewers set a claim&apos;s review status. These changes stay in this store and are sent again at every sync: once a team admin makes you a reviewer, the next sync sends them.</source>
        <translation>لا يقبل خادم الفريق حالة المراجعة لادعاءٍ إلا من المراجعين. تبقى هذه التغييرات في هذا المخزن وتُعاد محاولة إرسالها عند كل مزامنة: حين يجعلك مدير الفريق مراجِعًا، ترسلها المزامنة التالية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/sync.py" line="199"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…ولا شيء غيرها</numerusform>
            <numerusform>…وسبب آخر</numerusform>
            <numerusform>…وسببان آخران</numerusform>
            <numerusform>…و%n أسباب أخرى</numerusform>
            <numerusform>…و%n سببًا آخر</numerusform>
            <numerusform>…و%n سبب آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="26"/>
        <source>Your library</source>
        <translation>مكتبتك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="27"/>
        <source>Every article you import is listed here. Import with Ctrl+I or drop files on the window; the search box finds words in titles, texts and notes.</source>
        <translation>كل مقال تستورده يظهر هنا. استورد بالمفتاحين ⁦Ctrl+I⁩ أو أفلت الملفات على النافذة؛ ومربع البحث يجد الكلمات في العناوين والنصوص والملاحظات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="29"/>
        <source>The reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="30"/>
        <source>The article, right to left. Select the words of a claim and press 1–6 to mark it; the selection snaps to whole words.</source>
        <translation>المقال من اليمين إلى اليسار. حدّد كلمات الادعاء واضغط ⁦1–6⁩ لتعليمه؛ ويمتد التحديد إلى كلمات كاملة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="32"/>
        <source>The claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="33"/>
        <source>The claims of the open article, with their values. A or Enter accepts a suggestion, R rejects it; Claims › Suggest claims proposes more.</source>
        <translation>ادعاءات المقال المفتوح مع قيمها. ⁦A⁩ أو ⁦Enter⁩ يقبل الاقتراح، و⁦R⁩ يرفضه؛ والأمر «الادعاءات › اقتراح ادعاءات» يقترح المزيد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="45"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="46"/>
        <location filename="../../desktop/ui/help/tour.py" line="75"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="47"/>
        <source>Skip the tour</source>
        <translation>تخطَّ الجولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="72"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="75"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="70"/>
        <source>tn</source>
        <translation>تريليون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="70"/>
        <source>bn</source>
        <translation>مليار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="71"/>
        <source>mn</source>
        <translation>مليون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="71"/>
        <source>k</source>
        <translation>ألف</translation>
    </message>
</context>
<context>
    <name>WriteQueue</name>
    <message>
        <location filename="../../desktop/ui/store/queue.py" line="84"/>
        <source>Not saved: %s. %s The change is kept: press Retry to save it.</source>
        <translation>لم يُحفظ: %s. %s التغيير محفوظ لديك: اضغط «إعادة المحاولة» لحفظه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/queue.py" line="111"/>
        <source>Not saved: %s. %s</source>
        <translation>لم يُحفظ: %s. %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/queue.py" line="143"/>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/store/queue.py" line="145"/>
        <source>%n change(s) not saved</source>
        <translation>
            <numerusform>لا تغييرات غير محفوظة</numerusform>
            <numerusform>تغيير واحد لم يُحفظ</numerusform>
            <numerusform>تغييران لم يُحفظا</numerusform>
            <numerusform>%n تغييرات لم تُحفظ</numerusform>
            <numerusform>%n تغييرًا لم يُحفظ</numerusform>
            <numerusform>%n تغيير لم يُحفظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/store/queue.py" line="146"/>
        <source>%n change(s) waiting for the store (another program holds its lock)…</source>
        <translation>
            <numerusform>لا تغييرات تنتظر المخزن</numerusform>
            <numerusform>تغيير واحد ينتظر المخزن (برنامج آخر يمسك قفله)…</numerusform>
            <numerusform>تغييران ينتظران المخزن (برنامج آخر يمسك قفله)…</numerusform>
            <numerusform>%n تغييرات تنتظر المخزن (برنامج آخر يمسك قفله)…</numerusform>
            <numerusform>%n تغييرًا ينتظر المخزن (برنامج آخر يمسك قفله)…</numerusform>
            <numerusform>%n تغيير ينتظر المخزن (برنامج آخر يمسك قفله)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store/queue.py" line="141"/>
        <source>Read-only: %s</source>
        <translation>للقراءة فقط: %s</translation>
    </message>
</context>
<context>
    <name>_PluralTexts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/library/import_worker.py" line="112"/>
        <source>; removed %n boilerplate part(s)</source>
        <translation>
            <numerusform>؛ لم يُحذف أي جزء زائد</numerusform>
            <numerusform>؛ حُذف جزء زائد واحد</numerusform>
            <numerusform>؛ حُذف جزآن زائدان</numerusform>
            <numerusform>؛ حُذفت %n أجزاء زائدة</numerusform>
            <numerusform>؛ حُذف %n جزءاً زائداً</numerusform>
            <numerusform>؛ حُذف %n جزء زائد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library/import_worker.py" line="115"/>
        <source>%n claim(s) suggested</source>
        <translation>
            <numerusform>لم يُقترح أي ادعاء</numerusform>
            <numerusform>اقتُرح ادعاء واحد</numerusform>
            <numerusform>اقتُرح ادعاءان</numerusform>
            <numerusform>اقتُرحت %n ادعاءات</numerusform>
            <numerusform>اقتُرح %n ادعاءً</numerusform>
            <numerusform>اقتُرح %n ادعاء</numerusform>
        </translation>
    </message>
</context>
</TS>
