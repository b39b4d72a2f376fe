#pragma once

#include "documentcontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace waymark {

// A list of rows read from the open document, one QVariantMap per row; the
// keys are the roles. Subclasses say which rows; the base resets only when
// they changed, so views keep their state across unrelated edits.
class DocumentListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Grows whenever a row changes: QML bindings that read rows by get()
    // depend on it (the document's revision fires before the rows follow).
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit DocumentListModel(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    int count() const { return int(m_rows.size()); }
    int revision() const { return m_revision; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString &id) const;

Q_SIGNALS:
    void documentChanged();
    void countChanged();
    void revisionChanged();

protected:
    virtual QStringList keys() const = 0;
    virtual QList<QVariantMap> rows() const = 0;
    void refresh();

private:
    QPointer<DocumentController> m_document;
    QList<QVariantMap> m_rows;
    int m_revision = 0;
};

// The journeys of the file.
class JourneyListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using DocumentListModel::DocumentListModel;

protected:
    QStringList keys() const override;
    QList<QVariantMap> rows() const override;
};

// The personas of the file.
class PersonaListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using DocumentListModel::DocumentListModel;

protected:
    QStringList keys() const override;
    QList<QVariantMap> rows() const override;
};

// The channels of the file.
class ChannelListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using DocumentListModel::DocumentListModel;

protected:
    QStringList keys() const override;
    QList<QVariantMap> rows() const override;
};

// The metric definitions of the file.
class MetricListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using DocumentListModel::DocumentListModel;

protected:
    QStringList keys() const override;
    QList<QVariantMap> rows() const override;
};

// Stages or lanes of one journey.
class JourneyPartListModel : public DocumentListModel
{
    Q_OBJECT
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)

public:
    using DocumentListModel::DocumentListModel;
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);

Q_SIGNALS:
    void journeyIdChanged();

private:
    QString m_journeyId;
};

class StageListModel : public JourneyPartListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using JourneyPartListModel::JourneyPartListModel;

protected:
    QStringList keys() const override;
    QList<QVariantMap> rows() const override;
};

class LaneListModel : public JourneyPartListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using JourneyPartListModel::JourneyPartListModel;

protected:
    QStringList keys() const override;
    QList<QVariantMap> rows() const override;
};

} // namespace waymark
