#include "metricimportcontroller.h"

#include "metricimportjob.h"
#include "metricimporttext.h"

#include "commands/importmetricscommand.h"
#include "commands/undostack.h"
#include "commands/workspacecommands.h"
#include "document/document.h"
#include "metrics/datafile.h"
#include "metrics/proposal.h"
#include "metrics/textmatch.h"
#include "model/slug.h"
#include "model/standardmetrics.h"
#include "templates/templates.h"

#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace waymark {

namespace {

constexpr int kShownRows = 8; // preview rows in the dialog

const MetricDef *standardDef(const QString &id)
{
    static const Workspace standard = standardMetrics();
    return standard.metricDef(id);
}

bool isPlainRole(const QString &role)
{
    return role.isEmpty() || role == u"step" || role == u"date" || role == u"segment";
}

} // namespace

void MetricImportController::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

void MetricImportController::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
    if (m_state == u"ready")
        updateMatch();
}

QString MetricImportController::journeyName() const
{
    const Document *doc = m_follow.document();
    const Journey *journey = doc ? doc->workspace().journey(m_journeyId) : nullptr;
    return journey ? journey->name : QString();
}

QString MetricImportController::fileName() const
{
    return QFileInfo(m_preview.path).fileName();
}

void MetricImportController::setLayout(const QString &layout)
{
    if (m_layout == layout)
        return;
    m_layout = layout;
    if (!m_preview.path.isEmpty())
        open(m_preview.path);
    else
        Q_EMIT previewChanged();
}

QString MetricImportController::layoutText() const
{
    return describeData(m_preview);
}

QStringList MetricImportController::columns() const
{
    QStringList names;
    for (const DataColumn &c : m_preview.header.columns)
        names.append(c.name);
    return names;
}

QStringList MetricImportController::questions() const
{
    QStringList texts;
    for (const DataColumn &c : m_preview.header.columns)
        texts.append(c.question);
    return texts;
}

QVariantList MetricImportController::rows() const
{
    QVariantList out;
    const qsizetype columns = m_preview.header.columns.size();
    for (qsizetype i = 0; i < m_preview.rows.size() && i < kShownRows; ++i) {
        QStringList row = m_preview.rows[i].mid(0, columns);
        while (row.size() < columns)
            row.append(QString());
        out.append(row);
    }
    return out;
}

QVariantList MetricImportController::formulaOptions() const
{
    return formulaChoices();
}

void MetricImportController::setMatch(const QString &match)
{
    if (m_match == match)
        return;
    m_match = match;
    updateMatch();
}

void MetricImportController::setPeriod(const QString &period)
{
    if (m_period == period)
        return;
    m_period = period;
    Q_EMIT mappingChanged();
}

QString MetricImportController::matchText() const
{
    if (columnOf(QStringLiteral("step")) < 0)
        return tr("Choose the column that names the steps.");
    if (m_sampleRows == 0)
        return tr("The step column is empty in the first rows.");
    QString text = m_preview.complete ? tr("%1 of %2 rows name a step of this journey.")
                                      : tr("%1 of the first %2 rows name a step of this journey.");
    text = text.arg(m_matchedRows).arg(m_sampleRows);
    if (!m_unmatchedSample.isEmpty()) {
        QStringList quoted;
        for (const QString &v : m_unmatchedSample)
            quoted.append(tr("“%1”").arg(v));
        text = tr("%1 Not found: %2.").arg(text, quoted.join(QStringLiteral(", ")));
    }
    return text;
}

QString MetricImportController::mappingText() const
{
    const QStringList names = columns();
    const auto roleText = [this](const QString &role) {
        for (const QVariant &o : m_roleOptions) {
            const QVariantMap option = o.toMap();
            if (option.value(QStringLiteral("value")).toString() == role)
                return option.value(QStringLiteral("text")).toString();
        }
        return role;
    };
    QStringList parts;
    // Step first, the metrics in column order, then date and segment.
    const auto add = [&](int column) {
        //: one column of the import mapping: its use, then the column's name
        parts.append(tr("%1: %2").arg(roleText(m_roles[column]), names[column]));
    };
    if (const int c = columnOf(QStringLiteral("step")); c >= 0)
        add(c);
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        if (!isPlainRole(m_roles[i]))
            add(int(i));
    }
    for (const QString &role : {QStringLiteral("date"), QStringLiteral("segment")}) {
        if (const int c = columnOf(role); c >= 0)
            add(c);
    }
    return parts.join(QStringLiteral(" · "));
}

QString MetricImportController::problem() const
{
    if (m_preview.header.columns.isEmpty())
        return tr("Choose a data file.");
    if (!m_follow.document() || !m_follow.document()->workspace().journey(m_journeyId))
        return tr("Open a journey to import into.");
    if (columnOf(QStringLiteral("step")) < 0)
        return tr("Choose the column that names the steps.");
    for (const QString &r : m_roles) {
        if (!isPlainRole(r))
            return {};
    }
    return tr("Choose at least one metric column.");
}

bool MetricImportController::open(const QString &pathOrUrl)
{
    if (m_state == u"running")
        return false;
    m_summary.clear();
    m_importedMetrics.clear();
    m_progress = 0;
    Q_EMIT progressChanged();
    if (!readFile(DocumentController::toLocalPath(pathOrUrl))) {
        Q_EMIT previewChanged();
        Q_EMIT mappingChanged();
        return false;
    }
    buildRoleOptions();
    propose();
    Q_EMIT previewChanged();
    setState(QStringLiteral("ready"));
    updateMatch();
    return true;
}

bool MetricImportController::readFile(const QString &path)
{
    m_preview = DataPreview();
    m_roles.clear();
    m_formulas.clear();
    m_notes.clear();
    std::optional<DataLayout> layout;
    if (m_layout != u"auto")
        layout = layoutFromName(m_layout);
    DataFile file;
    QString error;
    if (!file.open(path, &error)) {
        setState(QStringLiteral("failed"), error);
        return false;
    }
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, layout, kProposalRows, &preview, &csvError)) {
        setState(QStringLiteral("failed"),
                 tr("%1: %2").arg(QFileInfo(path).fileName(), csvError.toString()));
        return false;
    }
    m_preview = preview;
    return true;
}

void MetricImportController::buildRoleOptions()
{
    const auto option = [](const QString &value, const QString &text) {
        return QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
    };
    m_roleOptions = {option({}, tr("Not imported")), option(QStringLiteral("step"), tr("Step")),
                     option(QStringLiteral("date"), tr("Date")),
                     option(QStringLiteral("segment"), tr("Segment"))};
    QSet<QString> seen;
    if (m_follow.document()) {
        for (const MetricDef &d : m_follow.document()->workspace().metricDefs) {
            m_roleOptions.append(option(d.id, d.name));
            seen.insert(d.id);
        }
    }
    for (const MetricDef &d : standardMetrics().metricDefs) {
        if (!seen.contains(d.id))
            m_roleOptions.append(option(d.id, d.name));
    }
    m_roleOptions.append(option(QStringLiteral("new"), tr("New metric")));
}

void MetricImportController::propose()
{
    const qsizetype n = m_preview.header.columns.size();
    m_roles = QStringList(n, QString());
    m_formulas = QStringList(n, QString());
    if (!m_follow.document())
        return;
    const Workspace &ws = m_follow.document()->workspace();
    const MappingProposal p = proposeMapping(m_preview, ws, m_journeyId);
    m_notes = p.notes;
    const Mapping &m = p.mapping;
    const auto assign = [&](const QString &reference, const QString &role) {
        if (reference.isEmpty())
            return;
        const int c = m_preview.header.columnIndex(reference);
        if (c >= 0)
            setRole(c, role);
    };
    assign(m.step, QStringLiteral("step"));
    assign(m.date, QStringLiteral("date"));
    assign(m.segment, QStringLiteral("segment"));
    for (const MetricColumn &mc : m.metrics) {
        const int c = m_preview.header.columnIndex(mc.column);
        if (c < 0)
            continue;
        const bool known = ws.metricDef(mc.metric) || standardDef(mc.metric);
        setRole(c, known ? mc.metric : QStringLiteral("new"));
        if (mc.formula)
            m_formulas[c] = enumName(*mc.formula);
    }
    m_match = stepMatchName(m.match);
    m_period = periodUnitName(m.period);
}

int MetricImportController::columnOf(const QString &role) const
{
    return int(m_roles.indexOf(role));
}

void MetricImportController::setRole(int column, const QString &role)
{
    if (column < 0 || column >= m_roles.size())
        return;
    // Step, date, segment and each known metric belong to one column.
    if (!role.isEmpty() && role != u"new") {
        for (qsizetype i = 0; i < m_roles.size(); ++i) {
            if (i != column && m_roles[i] == role) {
                m_roles[i].clear();
                m_formulas[i].clear();
            }
        }
    }
    m_roles[column] = role;
    QString formula;
    if (!isPlainRole(role)) {
        const MetricDef *def = nullptr;
        if (m_follow.document())
            def = m_follow.document()->workspace().metricDef(role);
        if (!def)
            def = standardDef(role);
        formula = enumName(def ? def->formula : Formula::Mean);
    }
    m_formulas[column] = formula;
    updateMatch();
}

void MetricImportController::setFormula(int column, const QString &formula)
{
    if (column < 0 || column >= m_formulas.size() || isPlainRole(m_roles[column])
        || !enumFromName<Formula>(formula))
        return;
    m_formulas[column] = formula;
    Q_EMIT mappingChanged();
}

void MetricImportController::updateMatch()
{
    m_matchedRows = 0;
    m_sampleRows = 0;
    m_unmatchedSample.clear();
    const int c = columnOf(QStringLiteral("step"));
    const Journey *journey
            = m_follow.document() ? m_follow.document()->workspace().journey(m_journeyId) : nullptr;
    if (c >= 0 && journey) {
        // The import's own rule (core/metrics/stepmatcher.h).
        const StepMatcher matcher(*journey, m_match == u"title" ? StepMatch::Title
                                            : m_match == u"key" ? StepMatch::Key
                                                                : StepMatch::Auto);
        QHash<QString, int> misses;
        for (const QString &value : m_preview.column(c)) {
            const QString k = StepMatcher::foldedOf(value);
            if (k.isEmpty())
                continue;
            ++m_sampleRows;
            if (matcher.matchFolded(k) >= 0)
                ++m_matchedRows;
            else if (misses[value.trimmed()]++ == 0 && m_unmatchedSample.size() < 3)
                m_unmatchedSample.append(value.trimmed());
        }
    }
    Q_EMIT mappingChanged();
}

Mapping MetricImportController::currentMapping(QList<MetricDef> *changedDefs) const
{
    Mapping m;
    const QStringList names = columns();
    const auto nameOf = [&](const QString &role) {
        const int c = columnOf(role);
        return c >= 0 ? names[c] : QString();
    };
    m.step = nameOf(QStringLiteral("step"));
    m.date = nameOf(QStringLiteral("date"));
    m.segment = nameOf(QStringLiteral("segment"));
    m.match = m_match == u"key"     ? StepMatch::Key
              : m_match == u"title" ? StepMatch::Title
                                    : StepMatch::Auto;
    m.period = m_period == u"week" ? PeriodUnit::Week : PeriodUnit::Month;
    const Workspace *ws = m_follow.document() ? &m_follow.document()->workspace() : nullptr;
    QStringList taken;
    if (ws) {
        for (const MetricDef &d : ws->metricDefs)
            taken.append(d.id);
    }
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        const QString &role = m_roles[i];
        if (isPlainRole(role))
            continue;
        const Formula formula = enumFromName<Formula>(m_formulas[i]).value_or(Formula::Mean);
        MetricColumn mc;
        mc.column = names[i];
        if (role == u"new") {
            mc.metric = uniqueId(slug(names[i], QStringLiteral("metric"), 1000), taken);
            mc.name = names[i];
            mc.formula = formula;
        } else {
            mc.metric = role;
            const MetricDef *existing = ws ? ws->metricDef(role) : nullptr;
            if (!existing)
                mc.formula = formula;
            else if (existing->formula != formula && changedDefs) {
                MetricDef changed = *existing;
                changed.formula = formula;
                changedDefs->append(changed);
            }
        }
        taken.append(mc.metric);
        m.metrics.append(mc);
    }
    return m;
}

QString MetricImportController::mappingJson() const
{
    return QString::fromUtf8(mappingToJson(currentMapping(nullptr)));
}

void MetricImportController::setState(const QString &state, const QString &error)
{
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

void MetricImportController::reset()
{
    if (m_state == u"running")
        return;
    m_preview = DataPreview();
    m_roles.clear();
    m_formulas.clear();
    m_notes.clear();
    m_summary.clear();
    m_importedMetrics.clear();
    m_layout = QStringLiteral("auto");
    m_matchedRows = m_sampleRows = 0;
    m_unmatchedSample.clear();
    Q_EMIT previewChanged();
    Q_EMIT mappingChanged();
    setState(QStringLiteral("empty"));
}

} // namespace waymark
