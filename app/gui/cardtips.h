#pragma once

#include "documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace waymark {

// The tooltip of a card whose title the map cuts: the full title, the
// description, the owner and the card's metrics (all time, all customers).
class CardTips : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document MEMBER m_document NOTIFY documentChanged)
    Q_PROPERTY(QString journeyId MEMBER m_journeyId NOTIFY journeyIdChanged)

public:
    explicit CardTips(QObject *parent = nullptr);

    // {cut: bool, text: string}; `cut` is false (no tooltip) when the card
    // shows its whole title, `text` is empty for an unknown card.
    Q_INVOKABLE QVariantMap tip(const QString &stepId) const;

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();

private:
    QPointer<DocumentController> m_document;
    QString m_journeyId;
};

} // namespace waymark
