#pragma once

#include "documentcontroller.h"
#include "documentfollower.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace waymark {

// The metrics of the open document for the overlay chooser, its legend and
// the targets dialog: each definition with its targets, whether the journey
// has values for it, the colours of the scale, and the one edit of a
// definition's targets and formula (ChangeMetricDefCommand, one undo step).
class MetricOverlay : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY colorsChanged)
    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY metricsChanged)
    Q_PROPERTY(QVariantList formulaOptions READ formulaOptions CONSTANT)
    Q_PROPERTY(QColor goodColor READ goodColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor watchColor READ watchColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor badColor READ badColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor neutralColor READ neutralColor NOTIFY colorsChanged)
    Q_PROPERTY(int smallSample READ smallSample CONSTANT)

public:
    explicit MetricOverlay(QObject *parent = nullptr);

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);
    bool dark() const { return m_dark; }
    void setDark(bool dark);

    QVariantList metrics() const { return m_metrics; }
    QVariantList formulaOptions() const;
    QColor goodColor() const;
    QColor watchColor() const;
    QColor badColor() const;
    QColor neutralColor() const;
    int smallSample() const;

    // One metric of `metrics`, or an empty map.
    Q_INVOKABLE QVariantMap metric(const QString &id) const;
    // The legend of a metric's scale: [{color, text}], best first.
    Q_INVOKABLE QVariantList legend(const QString &id) const;
    // Sets targets ("" clears one), direction and formula as one undo step;
    // false with a message on the document's failed() when a value is wrong.
    Q_INVOKABLE bool setTargets(const QString &id, const QString &green, const QString &amber,
                                bool higherIsBetter, const QString &formula);

Q_SIGNALS:
    void documentChanged();
    void journeyIdChanged();
    void metricsChanged();
    void colorsChanged();

private:
    void refresh();
    void onChange(const ChangeSet &change);

    DocumentFollower m_follow;
    QString m_journeyId;
    bool m_dark = false;
    QVariantList m_metrics;
};

} // namespace waymark
