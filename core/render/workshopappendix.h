#pragma once

#include "layout/mapstyle.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace waymark {

struct Journey;

// The workshop results printed after a journey's map: the cards ranked by
// dot votes, then every comment grouped by card in map order.
class WorkshopAppendix
{
public:
    WorkshopAppendix(const Journey &journey, const MapStyle &style);

    bool isEmpty() const;
    // Lays the text out in pages of `size` points; returns how many.
    int paginate(const QSizeF &size);
    int pageCount() const { return int(m_pages.size()); }
    void paintPage(QPainter *p, const QRectF &rect, int index) const;

private:
    struct Line
    {
        enum class Type { Heading, VoteRow, Step, Meta, Text };
        Type type;
        QStringList cells; // VoteRow: rank, votes, title, where, participants; others: the text
        double indent = 0;
        double spaceBefore = 0;
        double height = 0;
        double y = 0; // place on its page, after paginate()
    };
    QFont fontFor(Line::Type type) const;
    void addWrapped(QList<Line> *lines, Line::Type type, const QString &text, double indent,
                    double spaceBefore, double width) const;

    const Journey &m_journey;
    MapStyle m_style;
    double m_width = 0;
    QList<QList<Line>> m_pages;
};

} // namespace waymark
