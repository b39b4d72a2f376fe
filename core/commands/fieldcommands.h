#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace waymark {

class Document;
class DocumentCommand;

// Builders for "set this field to this value" edits, by the field's JSON name
// (DESIGN.md §7: "title", "kind", "channel", "emotion", "momentOfTruth"...).
// They check the value and return null with a one-line reason when it does
// not fit. Enum values are given by their wire name ("painpoint"); an invalid
// QVariant clears an optional field (emotion, share, due).
DocumentCommand *makeStepFieldCommand(Document *doc, const QString &journey,
                                      const QStringList &stepIds, const QString &field,
                                      const QVariant &value, QString *error);
DocumentCommand *makeLinkFieldCommand(Document *doc, const QString &journey,
                                      const QStringList &linkIds, const QString &field,
                                      const QVariant &value, QString *error);
DocumentCommand *makeStageFieldCommand(Document *doc, const QString &journey,
                                       const QString &stageId, const QString &field,
                                       const QVariant &value, QString *error);
DocumentCommand *makeLaneFieldCommand(Document *doc, const QString &journey, const QString &laneId,
                                      const QString &field, const QVariant &value, QString *error);
DocumentCommand *makeJourneyFieldCommand(Document *doc, const QString &journey,
                                         const QString &field, const QVariant &value,
                                         QString *error);
DocumentCommand *makePersonaFieldCommand(Document *doc, const QString &personaId,
                                         const QString &field, const QVariant &value,
                                         QString *error);
DocumentCommand *makeChannelFieldCommand(Document *doc, const QString &channelId,
                                         const QString &field, const QVariant &value,
                                         QString *error);
DocumentCommand *makeMetricDefFieldCommand(Document *doc, const QString &metricId,
                                           const QString &field, const QVariant &value,
                                           QString *error);
DocumentCommand *makeCommentFieldCommand(Document *doc, const QString &journey,
                                         const QString &commentId, const QString &field,
                                         const QVariant &value, QString *error);

} // namespace waymark
