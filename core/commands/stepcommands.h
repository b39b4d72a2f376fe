#pragma once

#include "document/document.h"
#include "documentcommand.h"

namespace waymark {

// Adds cards and links: a new card, a paste, a connection. Undo removes them.
class AddItemsCommand : public DocumentCommand
{
public:
    AddItemsCommand(Document *doc, const QString &journey, const QList<Step> &steps,
                    const QList<Link> &links, const QString &text, QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    QList<Step> m_steps;
    QList<Link> m_links;
};

// Deletes cards and links, with what hangs on them (links of deleted cards,
// comments, votes, metric values). Undo puts everything back where it was.
class RemoveItemsCommand : public DocumentCommand
{
public:
    RemoveItemsCommand(Document *doc, const QString &journey, const QStringList &stepIds,
                       const QStringList &linkIds, QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    QStringList m_stepIds;
    QStringList m_linkIds;
    Removal m_removed;
};

// Moves cards into one cell at an index (drag and drop, keyboard reorder);
// the cards keep their relative order.
class MoveStepsCommand : public DocumentCommand
{
public:
    MoveStepsCommand(Document *doc, const QString &journey, const QStringList &stepIds,
                     const QString &stage, const QString &lane, int index,
                     QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    QString m_journey;
    QStringList m_stepIds;
    QString m_stage;
    QString m_lane;
    int m_index;
    QList<Step> m_before;
    QList<Step> m_after;
};

// A fresh id with `prefix` that `taken` does not have: prefix + number.
QString nextId(const QString &prefix, const QStringList &taken);
QStringList stepIds(const Journey &journey);
QStringList linkIds(const Journey &journey);
// The order value that puts a new card last in its cell.
int nextOrderInCell(const Journey &journey, const QString &stage, const QString &lane);

// A card of `kind` to go at the end of a cell, with a fresh id.
Step newCardInCell(const Journey &journey, const QString &stage, const QString &lane,
                   const QString &title, StepKind kind);

// A new card of `kind` at the end of a cell, with a fresh id.
DocumentCommand *makeAddStepCommand(Document *doc, const QString &journey, const QString &stage,
                                    const QString &lane, const QString &title, StepKind kind,
                                    QString *newId = nullptr);
// A link between two cards, with a fresh id.
DocumentCommand *makeConnectCommand(Document *doc, const QString &journey, const QString &from,
                                    const QString &to, LinkKind kind, QString *newId = nullptr);
// What a copy of some cards takes: those steps, the links between them, and
// the stages and lanes they sit in (so a paste can find same-named ones).
Journey extractSteps(const Journey &journey, const QStringList &stepIds);
// Cards from lines of plain text (a list of sticky notes), one per line.
Journey stepsFromText(const QString &text);

// Pastes copied cards and the links between them into a journey: fresh ids,
// channels that do not exist here dropped, pictures that do not exist here
// added from `pictures` (or dropped when not there), cards placed in `stage`/`lane`
// when those are given, else in the same-named stage/lane or the first one.
DocumentCommand *makePasteCommand(Document *doc, const QString &journey, const Journey &clip,
                                  const QString &stage, const QString &lane,
                                  QStringList *newIds = nullptr,
                                  const QList<Picture> &pictures = {});

} // namespace waymark
