#pragma once

#include "document/document.h"
#include "documentcommand.h"
#include "model/stepfields.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace waymark {

// How ChangeFieldCommand reads and writes one kind of entity.
template<typename Entity>
struct FieldAccess;

#define WAYMARK_FIELD_ACCESS(Entity) \
    template<> \
    struct FieldAccess<Entity> \
    { \
        static std::optional<Entity> get(const Document &doc, const QString &journey, \
                                         const QString &id); \
        static bool put(Document &doc, const QString &journey, const QList<Entity> &items, \
                        QString *error); \
    };

WAYMARK_FIELD_ACCESS(Step)
WAYMARK_FIELD_ACCESS(Link)
WAYMARK_FIELD_ACCESS(Stage)
WAYMARK_FIELD_ACCESS(Lane)
WAYMARK_FIELD_ACCESS(Journey)
WAYMARK_FIELD_ACCESS(Persona)
WAYMARK_FIELD_ACCESS(Channel)
WAYMARK_FIELD_ACCESS(MetricDef)
WAYMARK_FIELD_ACCESS(Comment)

#undef WAYMARK_FIELD_ACCESS

// How ChangeFieldCommand reads and writes the field: a data member...
template<typename Entity, typename T>
struct MemberField
{
    MemberField(T Entity::*m)
        : member(m)
    {}
    T get(const Entity &e) const { return e.*member; }
    void set(Entity &e, const T &value) const { e.*member = value; }
    bool operator==(const MemberField &) const = default;
    T Entity::*member;
};

// ... or a row of the table of step fields (model/stepfields.h), its value a
// QVariant of the row's form.
struct StepFieldAccess
{
    QVariant get(const Step &s) const { return field->get(s); }
    void set(Step &s, const QVariant &value) const { field->set(s, value); }
    bool operator==(const StepFieldAccess &) const = default;
    const StepField *field;
};

// Sets one field of one or more entities of the same kind ("change one
// field"); `journey` is ignored for workspace-level entities.
template<typename Entity, typename T, typename Access = MemberField<Entity, T>>
class ChangeFieldCommand : public DocumentCommand
{
public:
    using Field = Access;

    ChangeFieldCommand(Document *doc, const QString &journey, const QStringList &ids, Field field,
                       const T &value, const QString &text, int mergeId = -1,
                       QUndoCommand *parent = nullptr)
        : DocumentCommand(doc, text, parent)
        , m_journey(journey)
        , m_ids(ids)
        , m_field(field)
        , m_value(value)
        , m_mergeId(mergeId)
    {}

    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeFieldCommand *>(other);
        if (!o || o->m_field != m_field || o->m_ids != m_ids || o->m_journey != m_journey)
            return false;
        m_value = o->m_value;
        // Typed back to where it started: QUndoStack drops the step.
        if (std::all_of(m_old.cbegin(), m_old.cend(), [&](const T &v) { return v == m_value; }))
            setObsolete(true);
        return true;
    }

protected:
    bool apply(QString *error) override { return write(true, error); }
    bool revert(QString *error) override { return write(false, error); }

private:
    bool write(bool forward, QString *error)
    {
        QList<Entity> items;
        const bool capture = m_old.isEmpty();
        for (int i = 0; i < m_ids.size(); ++i) {
            std::optional<Entity> item = FieldAccess<Entity>::get(*document(), m_journey, m_ids[i]);
            if (!item) {
                if (error)
                    *error = QCoreApplication::translate("Commands", "\"%1\" no longer exists")
                                     .arg(m_ids[i]);
                return false;
            }
            if (capture)
                m_old.append(m_field.get(*item));
            m_field.set(*item, forward ? m_value : m_old[i]);
            items.append(*item);
        }
        // Setting a field to what it already is changes nothing: no undo step.
        if (capture
            && std::all_of(m_old.cbegin(), m_old.cend(), [&](const T &v) { return v == m_value; }))
            setObsolete(true);
        return FieldAccess<Entity>::put(*document(), m_journey, items, error);
    }

    QString m_journey;
    QStringList m_ids;
    Field m_field;
    T m_value;
    QList<T> m_old;
    int m_mergeId;
};

} // namespace waymark
