#include "stepmatcher.h"

#include "textmatch.h"

#include "model/journey.h"

namespace waymark {

StepMatcher::StepMatcher(const Journey &journey, StepMatch match)
    : m_match(match)
{
    // Backwards, so the first of two steps with the same key or title wins.
    for (qsizetype i = journey.steps.size() - 1; i >= 0; --i)
        add(int(i), journey.steps[i].key, journey.steps[i].title);
}

StepMatcher::StepMatcher(const QList<Target> &steps, StepMatch match)
    : m_match(match)
{
    for (qsizetype i = steps.size() - 1; i >= 0; --i)
        add(int(i), steps[i].key, steps[i].title);
}

void StepMatcher::add(int index, const QString &key, const QString &title)
{
    if (!key.isEmpty())
        m_byKey.insert(matchKey(key), index);
    if (!title.isEmpty())
        m_byTitle.insert(matchKey(title), index);
}

QString StepMatcher::foldedOf(QStringView value)
{
    return matchKey(value);
}

int StepMatcher::matchFolded(const QString &folded) const
{
    if (folded.isEmpty())
        return -1;
    int found = -1;
    if (m_match != StepMatch::Title)
        found = m_byKey.value(folded, -1);
    if (found < 0 && m_match != StepMatch::Key)
        found = m_byTitle.value(folded, -1);
    return found;
}

} // namespace waymark
