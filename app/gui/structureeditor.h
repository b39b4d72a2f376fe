#pragma once

#include "editorpart.h"

namespace waymark {

// The stages (columns) and lanes (rows) of the journey.
class StructureEditor : public EditorPart
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MapEditor")

public:
    using EditorPart::EditorPart;

    Q_INVOKABLE QString addStage(const QString &name, int index);
    Q_INVOKABLE bool setStageField(const QString &id, const QString &field, const QVariant &value);
    // In a journey named, not the one shown: a header renamed in place keeps
    // its name when the window has moved on to another journey meanwhile.
    Q_INVOKABLE bool setStageFieldIn(const QString &journey, const QString &id,
                                     const QString &field, const QVariant &value);
    Q_INVOKABLE bool moveStage(int from, int to);
    Q_INVOKABLE bool deleteStage(const QString &id);
    Q_INVOKABLE QString addLane(const QString &name, const QString &kind, int index);
    Q_INVOKABLE bool setLaneField(const QString &id, const QString &field, const QVariant &value);
    Q_INVOKABLE bool setLaneFieldIn(const QString &journey, const QString &id, const QString &field,
                                    const QVariant &value);
    Q_INVOKABLE bool moveLane(int from, int to);
    Q_INVOKABLE bool deleteLane(const QString &id);
};

} // namespace waymark
