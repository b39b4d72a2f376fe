#include "search.h"

#include "workspace.h"

#include <algorithm>

namespace waymark {

QString searchKey(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        key.append(c.toCaseFolded());
    }
    return key;
}

namespace {

struct Field
{
    SearchField field;
    QString text;
    QString key;
};

QString excerptOf(const QString &text, qsizetype at)
{
    constexpr qsizetype kWidth = 80;
    QString flat = text.simplified();
    if (flat.size() <= kWidth)
        return flat;
    const qsizetype start = std::clamp<qsizetype>(at - 20, 0, flat.size() - kWidth);
    QString cut = flat.mid(start, kWidth);
    if (start > 0)
        cut.prepend(QChar(0x2026));
    if (start + kWidth < flat.size())
        cut.append(QChar(0x2026));
    return cut;
}

void searchJourney(const Journey &j, const QStringList &words, QList<SearchHit> *hits)
{
    for (const Stage &stage : j.stages) {
        for (const Lane &lane : j.lanes) {
            for (const Step *s : j.cell(stage.id, lane.id)) {
                QList<Field> fields = {{SearchField::Title, s->title, {}},
                                       {SearchField::Description, s->description, {}},
                                       {SearchField::Owner, s->owner, {}},
                                       {SearchField::Key, s->key, {}}};
                for (const QString &tag : s->tags)
                    fields.append({SearchField::Tag, tag, {}});
                for (Field &f : fields)
                    f.key = searchKey(f.text);
                const Field *first = nullptr;
                qsizetype firstAt = 0;
                bool all = true;
                for (const QString &word : words) {
                    bool found = false;
                    for (const Field &f : std::as_const(fields)) {
                        const qsizetype at = f.key.indexOf(word);
                        if (at < 0)
                            continue;
                        if (!first) {
                            first = &f;
                            firstAt = at;
                        }
                        found = true;
                        break;
                    }
                    if (!found) {
                        all = false;
                        break;
                    }
                }
                if (all && first)
                    hits->append({j.id, s->id, first->field, excerptOf(first->text, firstAt)});
            }
        }
    }
}

} // namespace

QList<SearchHit> searchCards(const Workspace &ws, QStringView query, QStringView firstJourney)
{
    QList<SearchHit> hits;
    const QStringList words
            = searchKey(query).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;
    if (const Journey *first = ws.journey(firstJourney); first && first->id == firstJourney)
        searchJourney(*first, words, &hits);
    for (const Journey &j : ws.journeys) {
        if (j.id != firstJourney)
            searchJourney(j, words, &hits);
    }
    return hits;
}

} // namespace waymark
