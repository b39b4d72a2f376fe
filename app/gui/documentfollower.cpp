#include "documentfollower.h"

#include "documentcontroller.h"

namespace waymark {

DocumentFollower::DocumentFollower(QObject *owner, Handler onChange)
    : m_owner(owner)
    , m_onChange(std::move(onChange))
{}

Document *DocumentFollower::document() const
{
    return m_controller ? m_controller->document() : nullptr;
}

bool DocumentFollower::follow(DocumentController *controller)
{
    if (m_controller == controller)
        return false;
    QObject::disconnect(m_connection);
    m_controller = controller;
    if (m_controller) {
        m_connection = QObject::connect(m_controller, &DocumentController::changed, m_owner,
                                        [this](const ChangeSet &change) { m_onChange(change); });
    }
    ChangeSet all;
    all.reset = true;
    m_onChange(all);
    return true;
}

} // namespace waymark
