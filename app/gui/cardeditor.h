#pragma once

#include "editorpart.h"

namespace waymark {

// Cards and links of the journey, and the clipboard (the system one, so a
// paste works across windows and files). No card goes into a lane that takes
// none (the Emotions lane: model/lanerules.h).
class CardEditor : public EditorPart
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MapEditor")

public:
    using EditorPart::EditorPart;

    Q_INVOKABLE QString addStep(const QString &stage, const QString &lane, const QString &title,
                                const QString &kind);
    Q_INVOKABLE bool setStepField(const QStringList &ids, const QString &field,
                                  const QVariant &value);
    // The same in a journey other than the one the editor follows: a title
    // still being typed on a card of the journey the window has just left.
    Q_INVOKABLE bool setStepFieldIn(const QString &journeyId, const QStringList &ids,
                                    const QString &field, const QVariant &value);
    Q_INVOKABLE bool moveSteps(const QStringList &ids, const QString &stage, const QString &lane,
                               int index);
    Q_INVOKABLE QString connectSteps(const QString &from, const QString &to, const QString &kind);
    Q_INVOKABLE bool setLinkField(const QStringList &ids, const QString &field,
                                  const QVariant &value);
    Q_INVOKABLE bool deleteItems(const QStringList &stepIds, const QStringList &linkIds);
    Q_INVOKABLE bool copy(const QStringList &stepIds);
    Q_INVOKABLE bool cut(const QStringList &stepIds);
    Q_INVOKABLE bool canPaste() const;
    Q_INVOKABLE QStringList paste(const QString &stage, const QString &lane);

private:
    bool takesCards(const QString &lane) const; // else says why
};

} // namespace waymark
