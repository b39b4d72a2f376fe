#pragma once

#include "editorpart.h"

namespace waymark {

// The personas and channels of the file.
class LibraryEditor : public EditorPart
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MapEditor")

public:
    using EditorPart::EditorPart;

    Q_INVOKABLE QString addPersona(const QString &name);
    Q_INVOKABLE bool setPersonaField(const QString &id, const QString &field,
                                     const QVariant &value);
    Q_INVOKABLE bool deletePersona(const QString &id);
    Q_INVOKABLE QString addChannel(const QString &name, const QString &kind, const QString &icon);
    Q_INVOKABLE bool setChannelField(const QString &id, const QString &field,
                                     const QVariant &value);
    Q_INVOKABLE bool deleteChannel(const QString &id);
};

} // namespace waymark
