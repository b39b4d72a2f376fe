#pragma once

#include "document/changeset.h"
#include "documentcontroller.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace waymark {

class Document;

// The one way a QML-facing type follows the open document of its window:
// it holds the DocumentController the type was given and calls back with
// each change set (a reset one when the controller or its document is
// swapped, and once right when the controller is set).
//
//     Q_PROPERTY(waymark::DocumentController *document READ document
//                WRITE setDocument NOTIFY documentChanged)
//     DocumentFollower m_follow{this, [this](const ChangeSet &c) { ... }};
//     DocumentController *document() const { return m_follow.controller(); }
//     void setDocument(DocumentController *c) { if (m_follow.follow(c)) Q_EMIT documentChanged(); }
class DocumentFollower
{
public:
    using Handler = std::function<void(const ChangeSet &)>;

    DocumentFollower(QObject *owner, Handler onChange);
    DocumentFollower(const DocumentFollower &) = delete;
    DocumentFollower &operator=(const DocumentFollower &) = delete;

    DocumentController *controller() const { return m_controller; }
    // The open document, or null.
    Document *document() const;
    // Follows `controller` from now on; false when it already did.
    bool follow(DocumentController *controller);

private:
    QObject *m_owner;
    Handler m_onChange;
    QPointer<DocumentController> m_controller;
    QMetaObject::Connection m_connection;
};

} // namespace waymark
