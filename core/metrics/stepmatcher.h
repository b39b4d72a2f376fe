#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace waymark {

struct Journey;

// How values of a step column find their step.
enum class StepMatch { Auto, Key, Title }; // auto: the external key first, then the title

// The one rule that finds the step a data value names, for the metric
// import, its proposal and preview, and the event logs: the external key,
// then the title, text compared as matchKey() folds it; of two steps with the
// same key or title, the first.
class StepMatcher
{
public:
    struct Target
    {
        QString key;
        QString title;
    };
    StepMatcher(const Journey &journey, StepMatch match);
    StepMatcher(const QList<Target> &steps, StepMatch match);

    // The index of the step (in Journey::steps, or in the targets), -1 when none.
    int match(QStringView value) const { return matchFolded(foldedOf(value)); }
    // The same for a value already folded with matchKey().
    int matchFolded(const QString &folded) const;
    // Whether a folded value is some step's key, some step's title: the
    // proposal's measure of how well a column fits.
    bool isKey(const QString &folded) const { return m_byKey.contains(folded); }
    bool isTitle(const QString &folded) const { return m_byTitle.contains(folded); }

    static QString foldedOf(QStringView value);

private:
    void add(int index, const QString &key, const QString &title);

    QHash<QString, int> m_byKey;
    QHash<QString, int> m_byTitle;
    StepMatch m_match;
};

} // namespace waymark
