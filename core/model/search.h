#pragma once

// Find: the cards of a file whose title, description, owner, tags or
// external key hold every word of a query.

#include <QList>
#include <QString>
#include <QStringView>

namespace waymark {

struct Workspace;

enum class SearchField { Title, Description, Owner, Tag, Key };

struct SearchHit
{
    QString journeyId;
    QString stepId;
    SearchField field = SearchField::Title; // where the first word was found
    QString excerpt;                        // the matching text, shortened around the match
    bool operator==(const SearchHit &) const = default;
};

// Case- and accent-insensitive; all words of `query` must occur in the card
// (each in any of its fields). Cards of `firstJourney` come first, then the
// other journeys in file order; within a journey, stage by stage, lane by
// lane, top to bottom. An empty query finds nothing.
QList<SearchHit> searchCards(const Workspace &ws, QStringView query, QStringView firstJourney = {});

// The text with accents removed and case folded, for matching.
QString searchKey(QStringView text);

} // namespace waymark
