#include "formats/mermaidimport.h"

#include "model/slug.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Mermaid", text);
}

// "line 7: ..." — every message names the line it is about.
QString atLine(int line, const QString &message)
{
    //: a message about one line of an imported file
    return tr("line %1: %2").arg(line).arg(message);
}

bool startsWithWord(QStringView text, QStringView word)
{
    if (!text.startsWith(word, Qt::CaseInsensitive))
        return false;
    return text.size() == word.size() || text[word.size()].isSpace();
}

// Text before a `%%` comment (Mermaid drops them anywhere on a line).
QStringView dropComment(QStringView text)
{
    const qsizetype at = text.indexOf(u"%%");
    return at < 0 ? text : text.left(at);
}

// Text before a `#` comment, which Mermaid's journey lexer also skips.
QStringView dropHash(QStringView text)
{
    const qsizetype at = text.indexOf(u'#');
    return at < 0 ? text : text.left(at);
}

struct Parser
{
    MermaidJourney result;
    QStringList warnings;
    QString error;
    bool headerSeen = false;
    bool fenced = false;
    bool inAccDescr = false;
    QString accDescrBlock;
    int accDescrLine = 0;

    bool fail(int line, const QString &message)
    {
        error = atLine(line, message);
        return false;
    }

    MermaidJourney::Section &section()
    {
        if (result.sections.isEmpty())
            result.sections.append(MermaidJourney::Section());
        return result.sections.last();
    }

    bool parseScore(int line, QStringView text, int *score)
    {
        const QString trimmed = text.trimmed().toString();
        if (trimmed.isEmpty())
            return fail(line, tr("the task has no score; write \"Task: 0..5: actors\""));
        bool ok = false;
        const double value = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return fail(line, tr("the score \"%1\" is not a number").arg(trimmed));
        double rounded = std::round(value);
        if (rounded != value)
            warnings.append(atLine(line, tr("the score %1 is rounded to %2")
                                                 .arg(trimmed)
                                                 .arg(qint64(std::clamp(rounded, -1e15, 1e15)))));
        if (rounded < 0 || rounded > 5) {
            const double clamped = std::clamp(rounded, 0.0, 5.0);
            warnings.append(atLine(line, tr("the score %1 is outside 0..5; taken as %2")
                                                 .arg(trimmed)
                                                 .arg(int(clamped))));
            rounded = clamped;
        }
        *score = int(rounded);
        return true;
    }

    bool task(int line, QStringView text)
    {
        const qsizetype colon = text.indexOf(u':');
        if (colon < 0)
            return fail(line, tr("\"%1\" is not a task; write \"Task name: score: actor, actor\"")
                                      .arg(text.toString()));
        MermaidJourney::Task t;
        t.line = line;
        t.name = text.left(colon).trimmed().toString();
        // The exporter's escape for a name that reads as a keyword.
        if (t.name.startsWith(QChar(0x200B)))
            t.name.remove(0, 1);
        if (t.name.isEmpty())
            return fail(line, tr("a task needs a name before its ':'"));
        const QList<QStringView> pieces = text.mid(colon + 1).split(u':');
        if (!parseScore(line, pieces[0], &t.score))
            return false;
        if (pieces.size() > 1) {
            for (QStringView actor : pieces[1].split(u',')) {
                const QString name = actor.trimmed().toString();
                if (!name.isEmpty() && !t.actors.contains(name))
                    t.actors.append(name);
            }
        }
        if (pieces.size() > 2)
            warnings.append(atLine(line, tr("text after the actors is ignored")));
        section().tasks.append(t);
        return true;
    }

    bool statement(int line, QStringView raw)
    {
        static const QRegularExpression accTitle(QStringLiteral("^acctitle\\s*:"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression accDescr(QStringLiteral("^accdescr\\s*:"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression accBlock(QStringLiteral("^accdescr\\s*\\{"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const QStringView text = raw.trimmed();
        // Accessibility texts take the rest of the line as it is.
        if (const auto m = accTitle.match(text.toString()); m.hasMatch()) {
            result.accTitle = text.mid(m.capturedLength()).trimmed().toString();
            return true;
        }
        if (const auto m = accDescr.match(text.toString()); m.hasMatch()) {
            result.accDescr = text.mid(m.capturedLength()).trimmed().toString();
            return true;
        }
        if (const auto m = accBlock.match(text.toString()); m.hasMatch()) {
            inAccDescr = true;
            accDescrLine = line;
            accDescrBlock.clear();
            return blockLine(line, text.mid(m.capturedLength()));
        }
        const QStringView code = dropHash(dropComment(text)).trimmed();
        if (code.isEmpty())
            return true;
        if (code.contains(u';'))
            return fail(line, tr("';' is not allowed in a Mermaid journey"));
        if (startsWithWord(code, u"journey"))
            return fail(line, tr("\"journey\" may appear only once, on the first line"));
        if (startsWithWord(code, u"title")) {
            result.title = code.mid(5).trimmed().toString();
            return true;
        }
        if (startsWithWord(code, u"section")) {
            const QStringView name = code.mid(7).trimmed();
            if (name.isEmpty())
                return fail(line, tr("a section needs a name"));
            if (name.contains(u':'))
                return fail(line, tr("a section name cannot hold ':'"));
            result.sections.append(MermaidJourney::Section{name.toString(), {}});
            return true;
        }
        return task(line, code);
    }

    bool blockLine(int line, QStringView text)
    {
        const qsizetype close = text.indexOf(u'}');
        const QStringView part = close < 0 ? text : text.left(close);
        if (!accDescrBlock.isEmpty() || !part.trimmed().isEmpty()) {
            if (!accDescrBlock.isEmpty())
                accDescrBlock += u'\n';
            accDescrBlock += part.trimmed();
        }
        if (close >= 0) {
            inAccDescr = false;
            result.accDescr = accDescrBlock.trimmed();
            if (!text.mid(close + 1).trimmed().isEmpty())
                return statement(line, text.mid(close + 1));
        }
        return true;
    }

    bool header(int line, QStringView text)
    {
        const QStringView code = dropHash(dropComment(text)).trimmed();
        if (code.isEmpty())
            return true;
        if (!fenced && (code.startsWith(u"```") || code.startsWith(u"~~~"))) {
            fenced = true; // a Markdown code block around the diagram
            return true;
        }
        if (code.startsWith(u"---")) {
            return fail(line, tr("front matter (\"---\") must come first in the file, before any "
                                 "directive or comment, and end with a \"---\" line"));
        }
        if (startsWithWord(code, u"journey")) {
            headerSeen = true;
            if (!code.mid(7).trimmed().isEmpty())
                return statement(line, code.mid(7));
            return true;
        }
        // Name the diagram only when it is one of Mermaid's: "The quick brown
        // fox" is not a "The" diagram (found by tst_badinput).
        static const QRegularExpression word(QStringLiteral(
                "^(flowchart|graph|sequenceDiagram|classDiagram(-v2)?|stateDiagram(-v2)?|"
                "erDiagram|gantt|pie|quadrantChart|requirementDiagram|gitGraph|C4[A-Za-z]+|"
                "mindmap|timeline|zenuml|sankey(-beta)?|xychart(-beta)?|block(-beta)?|"
                "packet(-beta)?|kanban|architecture(-beta)?|radar(-beta)?)\\b"));
        const auto m = word.match(code.toString());
        return fail(
                line,
                m.hasMatch()
                        ? tr("this is a Mermaid \"%1\" diagram, not a journey").arg(m.captured())
                        : tr("not a Mermaid journey: the diagram must start "
                             "with \"journey\""));
    }

    bool parse(const QString &text)
    {
        const QList<QStringView> lines = QStringView(text).split(u'\n');
        int i = 0;
        // YAML front matter: only its title matters here. Mermaid removes the
        // common indentation and the blank lines around a diagram first, so
        // an indented "---" (as in Mermaid's own tests) opens it too.
        while (i < lines.size() && lines[i].trimmed().isEmpty())
            ++i;
        if (i < lines.size() && lines[i].trimmed() == u"---") {
            const int open = i + 1;
            for (++i; i < lines.size(); ++i) {
                const QStringView l = lines[i].trimmed();
                if (l == u"---")
                    break;
                if (l.startsWith(u"title:")) {
                    QString title = l.mid(6).trimmed().toString();
                    if (title.size() >= 2
                        && ((title.startsWith(u'"') && title.endsWith(u'"'))
                            || (title.startsWith(u'\'') && title.endsWith(u'\''))))
                        title = title.mid(1, title.size() - 2);
                    result.title = title;
                }
            }
            if (i >= lines.size())
                return fail(open, tr("the front matter that starts with \"---\" is not closed "
                                     "with a \"---\" line"));
            ++i;
        }
        for (; i < lines.size(); ++i) {
            const int line = i + 1;
            const QStringView text = lines[i];
            if (inAccDescr) {
                if (!blockLine(line, text))
                    return false;
                continue;
            }
            const QStringView trimmed = text.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u"%%"))
                continue;
            if (fenced && (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")))
                break; // the end of the Markdown code block
            if (!headerSeen) {
                if (!header(line, text))
                    return false;
                continue;
            }
            if (!statement(line, text))
                return false;
        }
        if (inAccDescr)
            return fail(accDescrLine, tr("\"accDescr {\" is not closed with \"}\""));
        if (!headerSeen) {
            error = tr("not a Mermaid journey: there is no \"journey\" line");
            return false;
        }
        return true;
    }
};

} // namespace

bool parseMermaidJourney(QByteArrayView data, MermaidJourney *out, QStringList *warnings,
                         QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        if (error)
            *error = tr("the file is not UTF-8 text");
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');

    Parser parser;
    if (!parser.parse(text)) {
        if (error)
            *error = parser.error;
        return false;
    }
    if (warnings)
        *warnings += parser.warnings;
    *out = parser.result;
    return true;
}

Workspace mermaidToWorkspace(const MermaidJourney &diagram, const QString &fallbackName)
{
    Workspace ws;
    Journey j;
    j.name = !diagram.title.isEmpty()      ? diagram.title
             : !diagram.accTitle.isEmpty() ? diagram.accTitle
                                           : fallbackName;
    j.id = slug(j.name, QStringLiteral("journey"));
    // accTitle is the scenario; a diagram without a title gets its name as
    // the scenario, which tells the exporter to write no title (see
    // exportMermaid()).
    j.scenario = diagram.title.isEmpty() ? j.name : diagram.accTitle;
    j.description = diagram.accDescr;
    j.kind = JourneyKind::Journey;
    j.state = JourneyState::Current;

    // The persona: the actor on the most tasks (the first seen on a tie).
    QStringList seen;
    QHash<QString, int> count;
    for (const auto &section : diagram.sections) {
        for (const auto &task : section.tasks) {
            for (const QString &actor : task.actors) {
                if (!seen.contains(actor))
                    seen.append(actor);
                ++count[actor];
            }
        }
    }
    QString persona;
    for (const QString &actor : seen) {
        if (persona.isEmpty() || count.value(actor) > count.value(persona))
            persona = actor;
    }
    if (!persona.isEmpty()) {
        Persona p;
        p.id = slug(persona, QStringLiteral("persona"));
        p.name = persona;
        ws.personas.append(p);
        j.persona = p.id;
    }

    j.lanes = {{QStringLiteral("customer"), tr("Customer actions"), LaneKind::Customer},
               {QStringLiteral("emotions"), tr("Emotions"), LaneKind::Emotions}};
    int stageNumber = 0, stepNumber = 0;
    for (const auto &section : diagram.sections) {
        Stage stage;
        stage.id = QStringLiteral("s%1").arg(++stageNumber);
        // Tasks before the first `section` keep a stage without a name.
        stage.name = section.name;
        j.stages.append(stage);
        int order = 0;
        for (const auto &task : section.tasks) {
            Step s;
            s.id = QStringLiteral("t%1").arg(++stepNumber);
            s.stage = stage.id;
            s.lane = QStringLiteral("customer");
            s.order = order++;
            s.title = task.name;
            s.kind = StepKind::Action;
            s.emotion = std::max(task.score, 1) - 3;
            if (task.score == 0)
                s.tags.append(QString::fromUtf16(kMermaidScoreZeroTag));
            // All of the task's actors in their order, the persona among
            // them: the export gives them back as they were.
            s.owner = task.actors.join(QStringLiteral(", "));
            if (!j.steps.isEmpty())
                j.links.append({QStringLiteral("l%1").arg(stepNumber - 1), j.steps.last().id, s.id,
                                LinkKind::Flow, QString(), std::nullopt, true});
            j.steps.append(s);
        }
    }
    ws.journeys.append(j);
    return ws;
}

bool readMermaid(QByteArrayView data, const QString &fallbackName, Workspace *out,
                 QStringList *warnings, QString *error)
{
    MermaidJourney diagram;
    if (!parseMermaidJourney(data, &diagram, warnings, error))
        return false;
    *out = mermaidToWorkspace(diagram, fallbackName);
    return true;
}

} // namespace waymark
