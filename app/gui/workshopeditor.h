#pragma once

#include "editorpart.h"

namespace waymark {

// Workshop: comments on cards and dot votes by participant.
class WorkshopEditor : public EditorPart
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MapEditor")

public:
    using EditorPart::EditorPart;

    Q_INVOKABLE QVariantList comments(const QString &stepId) const;
    Q_INVOKABLE int votes(const QString &stepId) const;
    Q_INVOKABLE bool addComment(const QString &stepId, const QString &author, const QString &text);
    Q_INVOKABLE bool deleteComment(const QString &commentId);
    Q_INVOKABLE QStringList participants() const;
    Q_INVOKABLE int votesOf(const QString &stepId, const QString &participant) const;
    Q_INVOKABLE int votesLeft(const QString &participant) const;
    Q_INVOKABLE bool vote(const QString &stepId, const QString &participant, int delta);
    Q_INVOKABLE QVariantList voteRanking() const;
};

} // namespace waymark
