#pragma once

#include "editorpart.h"

namespace waymark {

// The journeys of the file: their own fields, new ones from a template, a
// future-state copy, journeys imported from JSON or Mermaid.
class JourneyEditor : public EditorPart
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MapEditor")

public:
    using EditorPart::EditorPart;

    Q_INVOKABLE bool setJourneyField(const QString &field, const QVariant &value);
    Q_INVOKABLE QString newJourney(const QString &templateName);
    Q_INVOKABLE QString importJourneys(const QString &pathOrUrl);
    Q_INVOKABLE QString duplicateAsFutureState(const QString &journeyId);
    Q_INVOKABLE bool deleteJourney(const QString &journeyId);
    Q_INVOKABLE bool moveJourney(int from, int to);
};

} // namespace waymark
