"""The command line's help in Arabic: a catalogue of its help texts, applied to the parser when the locale is Arabic."""

from __future__ import annotations

import argparse
import os

# English help text → Arabic. Every sub-command's one-line summary must be here (tests/cli/test_cli_global.py
# checks); an option whose help is missing keeps its English text.
ARABIC = {
    "Hamish (هامش): read Arabic news and annotate its claims. Without a command, opens the app; "
    "with files, opens them in the app (.hamish stores open, articles are imported).":
        "هامش: اقرأ الأخبار العربية وعلّق على ادعاءاتها. بلا أمر يفتح التطبيق؛ ومع ملفات يفتحها فيه "
        "(مخازن ‎.hamish تُفتح، والمقالات تُستورد).",
    "the store file (default: $HAMISH_STORE or hamish.db in your data folder)":
        "ملف المخزن (الافتراضي: ‎$HAMISH_STORE أو hamish.db في مجلد بياناتك)",
    "show this help message and exit": "اعرض هذه المساعدة واخرج",
    "show the version and exit": "اعرض رقم الإصدار واخرج",
    # sub-commands
    # sub-commands of the team hub (desktop/commands/team.py)
    "set up a team hub on PostgreSQL: `team init URL`, `team add-member URL NAME`":
        "أعدّ مركز فريق على PostgreSQL: ‏`team init URL` و‏`team add-member URL NAME`",
    "create or upgrade the hub's schema in an empty PostgreSQL database":
        "أنشئ مخطط المركز أو حدّثه في قاعدة بيانات PostgreSQL فارغة",
    "create a PostgreSQL login role for a member of the team": "أنشئ دور دخول في PostgreSQL لعضو في الفريق",
    "push this store's changes to the team hub and pull everyone else's":
        "ادفع تغييرات هذا المخزن إلى مركز الفريق واجلب تغييرات الآخرين",
    "versions of claims that lost to a concurrent edit, flagged for review":
        "نسخ ادعاءات غلبها تعديل متزامن، معلَّمة للمراجعة",
    "list the subjects claims are about; merge two, add an alias, set or suggest a claim's subject":
        "اعرض الجهات التي تتناولها الادعاءات؛ وادمج اثنتين أو أضف اسمًا آخر أو عيّن جهة ادعاء أو اقترحها",
    "every claim about one subject across sources, oldest first":
        "كل ادعاء عن جهة واحدة عبر المصادر، الأقدم أولًا",
    "claims about the same subject and category that disagree":
        "ادعاءات عن الجهة والفئة نفسيهما تتعارض قيمها",
    "list the exchange rates in use, or load the analyst's own from a CSV file":
        "اعرض أسعار الصرف المستخدمة، أو حمّل أسعار المحلل من ملف CSV",
    "import article files (.txt .html .htm .md .docx)": "استورد ملفات مقالات (‎.txt .html .htm .md .docx)",
    "import article files (.txt .html .htm .mhtml .mht .md .docx .pdf) or folders of them":
        "استورد ملفات مقالات (‎.txt .html .htm .mhtml .mht .md .docx .pdf) أو مجلدات تحويها",
    "list the count units and currencies; check the analyst's lexicon file":
        "اعرض وحدات العدّ والعملات؛ وافحص ملف معجم المحلل",
    "list the articles in the store": "اعرض المقالات في المخزن",
    "print an article's canonical text exactly": "اطبع النص المعياري لمقال كما هو تمامًا",
    "delete an article and its claims (a merge will not bring them back)":
        "احذف مقالًا وادعاءاته (لن يعيدها الدمج)",
    "full-text search over titles, texts and notes (Arabic-aware)":
        "بحث نصي كامل في العناوين والنصوص والملاحظات (يراعي العربية)",
    "mark a claim by code-point offsets": "علّم ادعاءً بمواضع نقاط الترميز",
    "list claims, of one article or all": "اعرض الادعاءات، لمقال واحد أو للجميع",
    "check the store's integrity and every claim's quote": "افحص سلامة المخزن واقتباس كل ادعاء",
    "check the store (read-only): damaged pages, and every claim's quote":
        "افحص المخزن (قراءةً فقط): الصفحات التالفة واقتباس كل ادعاء",
    "copy what can still be read of a damaged store into a new store":
        "انسخ ما يمكن قراءته من مخزن تالف إلى مخزن جديد",
    "a consistent copy of the store, safe while it is open (online backup API)":
        "نسخة متسقة من المخزن، آمنة وهو مفتوح (واجهة النسخ الاحتياطي الحي)",
    "replace the store's content with a backup (the current one is backed up first)":
        "استبدل محتوى المخزن بنسخة احتياطية (يُنسخ الحالي احتياطيًا أولًا)",
    "change a claim's category, kind, value, unit, note or status":
        "غيّر فئة الادعاء أو نوعه أو قيمته أو وحدته أو ملاحظته أو حالته",
    "every version of a claim, newest first (who, when, what changed)":
        "كل نسخ الادعاء، الأحدث أولًا (مَن ومتى وما الذي تغيّر)",
    "propose quantity claims (amounts, stakes, counts) with normalized values":
        "اقترح ادعاءات كمية (مبالغ، حصص، أعداد) بقيم موحّدة",
    "export claims: csv, xlsx, w3c (JSON-LD), jsonl, html or pdf report":
        "صدّر الادعاءات: csv أو xlsx أو w3c (JSON-LD) أو jsonl أو تقرير html أو pdf",
    "import claims from a w3c or jsonl export, re-anchoring them":
        "استورد ادعاءات من تصدير w3c أو jsonl مع إعادة تثبيتها في النص",
    "list claims that an import could not place; retry or discard them":
        "اعرض الادعاءات التي لم يستطع الاستيراد وضعها؛ أعد المحاولة أو تخلّص منها",
    "bring another analyst's store in (articles by content hash, claims by id)":
        "أدمج مخزن محلل آخر (المقالات ببصمة المحتوى، والادعاءات بالمعرّف)",
    "span and category agreement between two stores, per shared article":
        "الاتفاق في المدى والفئة بين مخزنين، لكل مقال مشترك",
    "add Hamish to the application menu and open .hamish stores and articles with it (--uninstall removes it)":
        "أضف هامش إلى قائمة التطبيقات وافتح به مخازن ‎.hamish والمقالات (‎--uninstall يزيله)",
    # options
    "one JSON object per file": "كائن JSON واحد لكل ملف",
    'print {"id", "title", "claims"} of what goes': 'اطبع {"id", "title", "claims"} لما يُحذف',
    "an article in the store": "مقال في المخزن",
    "a UTF-8 text file": "ملف نصي بترميز UTF-8",
    "store the suggestions as unreviewed claims (with ID)": "احفظ الاقتراحات ادعاءاتٍ غير مراجعة (مع ID)",
    "one JSON object per suggestion": "كائن JSON واحد لكل اقتراح",
    'lines {"id", "text"}; writes {"id", "claims"}': 'أسطر {"id", "text"}؛ ويكتب {"id", "claims"}',
    "where to write it (default: backups/ beside the store)": "أين تُكتب (الافتراضي: backups/ بجوار المخزن)",
    "the revision your change is based on (from `annotations --json`); refused if the claim was changed since":
        "المراجعة التي بُني عليها تغييرك (من ‎`annotations --json`)؛ يُرفض إن تغيّر الادعاء بعدها",
    "an article to export (repeatable); default: the whole library": "مقال للتصدير (يتكرر)؛ الافتراضي: المكتبة كلها",
    "only claims with this status": "الادعاءات ذات هذه الحالة فقط",
    "only claims of this category": "ادعاءات هذه الفئة فقط",
    "print what was written as one JSON object": "اطبع ما كُتب كائن JSON واحدًا",
    "place every claim of the file on this article": "ضع كل ادعاءات الملف على هذا المقال",
    "never create an article from text in the export": "لا تنشئ مقالًا من النص الموجود في التصدير أبدًا",
    "try to place every orphan again": "حاول وضع كل ادعاء يتيم من جديد",
    "drop one orphan for good": "تخلّص من ادعاء يتيم نهائيًا",
    "with --retry: place them on this article": "مع ‎--retry: ضعها على هذا المقال",
    "remove what install-desktop added": "أزل ما أضافه install-desktop",
    'print {"action", "files", "generated", "refreshed"}': 'اطبع {"action", "files", "generated", "refreshed"}',
}
SECTIONS = {"positional arguments": "الوسائط الموضعية", "options": "الخيارات", "commands": "الأوامر"}
USAGE = "الاستخدام: "


def cli_language(environ: dict | None = None) -> str:
    """``ar`` when the locale asks for Arabic (LANGUAGE, LC_ALL, LC_MESSAGES, then LANG, as gettext reads them)."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            first = value.split(":")[0]
            return "ar" if first.lower().startswith("ar") else "en"
    return "en"


class ArabicHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


def arabize(parser: argparse.ArgumentParser) -> None:
    """Put the Arabic texts into ``parser`` and its sub-parsers (in place); texts not in the catalogue stay."""
    parser.formatter_class = ArabicHelpFormatter
    if parser.description:
        parser.description = ARABIC.get(parser.description, parser.description)
    for group in parser._action_groups:
        group.title = SECTIONS.get(group.title, group.title)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = ARABIC.get(action.help, action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = ARABIC.get(choice.help, choice.help)
            for sub in set(action.choices.values()):
                arabize(sub)


def missing_summaries(parser: argparse.ArgumentParser) -> list[str]:
    """Sub-commands whose summary has no Arabic text."""
    (subs,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(c.dest for c in subs._choices_actions if c.help not in ARABIC)
