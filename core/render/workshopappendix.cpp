#include "render/workshopappendix.h"

#include "model/journey.h"
#include "render/exportoptions.h"
#include "render/workshopresults.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkshopAppendix", text);
}

QString whereOf(const Journey &journey, const Step &step)
{
    const Stage *stage = journey.stage(step.stage);
    const Lane *lane = journey.lane(step.lane);
    //: where a card sits: stage · lane
    return tr("%1 · %2").arg(stage ? stage->name : QString(), lane ? lane->name : QString());
}

} // namespace

WorkshopAppendix::WorkshopAppendix(const Journey &journey, const MapStyle &style)
    : m_journey(journey)
    , m_style(style)
{}

bool WorkshopAppendix::isEmpty() const
{
    return rankVotes(m_journey).isEmpty() && m_journey.comments.isEmpty();
}

QFont WorkshopAppendix::fontFor(Line::Type type) const
{
    switch (type) {
    case Line::Type::Heading:
        return MapStyle::font(13, true);
    case Line::Type::Step:
        return MapStyle::font(10, true);
    case Line::Type::Meta:
        return MapStyle::font(8);
    case Line::Type::VoteRow:
    case Line::Type::Text:
        return MapStyle::font(10);
    }
    return MapStyle::font(10);
}

void WorkshopAppendix::addWrapped(QList<Line> *lines, Line::Type type, const QString &text,
                                  double indent, double spaceBefore, double width) const
{
    const QFont font = fontFor(type);
    const QFontMetricsF fm(font);
    // Each paragraph of the text wraps on its own.
    const QStringList paragraphs = text.split(u'\n');
    bool first = true;
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        bool any = false;
        while (true) {
            QTextLine tl = layout.createLine();
            if (!tl.isValid())
                break;
            tl.setLineWidth(std::max(20.0, width - indent));
            lines->append({type,
                           {paragraph.mid(tl.textStart(), tl.textLength()).trimmed()},
                           indent,
                           first ? spaceBefore : 0,
                           fm.height()});
            first = false;
            any = true;
        }
        layout.endLayout();
        if (!any) { // an empty paragraph keeps its blank line
            lines->append({type, {QString()}, indent, first ? spaceBefore : 0, fm.height()});
            first = false;
        }
    }
}

int WorkshopAppendix::paginate(const QSizeF &size)
{
    m_width = size.width();
    QList<Line> lines;
    const QList<VoteRank> ranks = rankVotes(m_journey);
    if (!ranks.isEmpty()) {
        addWrapped(&lines, Line::Type::Heading, tr("Dot votes, ranked"), 0, 0, m_width);
        const QFontMetricsF fm(fontFor(Line::Type::VoteRow));
        for (const VoteRank &r : ranks) {
            const Step *s = m_journey.step(r.stepId);
            lines.append({Line::Type::VoteRow,
                          {QString::number(r.rank), QString::number(r.votes),
                           s ? s->title : QString(), s ? whereOf(m_journey, *s) : QString(),
                           //: how many workshop participants voted on a card
                           QCoreApplication::translate("WorkshopAppendix", "%n people", nullptr,
                                                       r.participants)},
                          0,
                          lines.size() == 1 ? 6.0 : 0.0,
                          fm.height() + 3});
        }
    }
    if (!m_journey.comments.isEmpty()) {
        addWrapped(&lines, Line::Type::Heading, tr("Comments"), 0, lines.isEmpty() ? 0 : 18,
                   m_width);
        for (int i : readingOrder(m_journey)) {
            const Step &s = m_journey.steps[i];
            bool any = false;
            for (const Comment &c : m_journey.comments) {
                if (c.step != s.id)
                    continue;
                if (!any)
                    addWrapped(&lines, Line::Type::Step,
                               tr("%1 — %2").arg(s.title, whereOf(m_journey, s)), 0, 10, m_width);
                any = true;
                const QString when = c.created.isValid() ? printedDateTime(c.created) : QString();
                addWrapped(&lines, Line::Type::Meta,
                           c.author.isEmpty()
                                   ? when
                                   : (when.isEmpty() ? c.author : tr("%1, %2").arg(c.author, when)),
                           12, 4, m_width);
                addWrapped(&lines, Line::Type::Text, c.text, 12, 0, m_width);
            }
        }
    }

    // Fill pages top to bottom; a heading or a card's name never ends a page.
    m_pages.clear();
    QList<Line> page;
    double y = 0;
    for (int i = 0; i < lines.size(); ++i) {
        Line line = lines[i];
        double need = (page.isEmpty() ? 0 : line.spaceBefore) + line.height;
        const bool keepWithNext = line.type == Line::Type::Heading || line.type == Line::Type::Step;
        if (keepWithNext && i + 1 < lines.size())
            need += lines[i + 1].spaceBefore + lines[i + 1].height;
        if (!page.isEmpty() && y + need > size.height()) {
            m_pages.append(page);
            page.clear();
            y = 0;
        }
        y += page.isEmpty() ? 0 : line.spaceBefore;
        line.y = y;
        y += line.height;
        page.append(line);
    }
    if (!page.isEmpty())
        m_pages.append(page);
    return int(m_pages.size());
}

void WorkshopAppendix::paintPage(QPainter *p, const QRectF &rect, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    for (const Line &line : m_pages[index]) {
        const QFont font = fontFor(line.type);
        const QFontMetricsF fm(font);
        p->setFont(font);
        const double top = rect.top() + line.y;
        if (line.type == Line::Type::VoteRow) {
            // rank | dots | title | where | people
            const double w = rect.width();
            const QRectF rank(rect.left(), top, 22, line.height);
            const QRectF votes(rect.left() + 28, top, 46, line.height);
            const QRectF title(rect.left() + 80, top, w * 0.5 - 80, line.height);
            const QRectF where(rect.left() + w * 0.5 + 8, top, w * 0.35 - 8, line.height);
            const QRectF people(rect.left() + w * 0.85, top, w * 0.15, line.height);
            p->setPen(m_style.text());
            p->drawText(rank, Qt::AlignRight | Qt::AlignVCenter, line.cells[0]);
            p->setPen(Qt::NoPen);
            p->setBrush(m_style.voteDot());
            p->drawEllipse(QPointF(votes.left() + 5, votes.center().y()), 4, 4);
            p->setPen(m_style.text());
            p->drawText(votes.adjusted(13, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                        line.cells[1]);
            p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(line.cells[2], Qt::ElideRight, title.width()));
            p->setPen(m_style.mutedText());
            p->drawText(where, Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(line.cells[3], Qt::ElideRight, where.width()));
            p->drawText(people, Qt::AlignRight | Qt::AlignVCenter, line.cells[4]);
            p->setPen(QPen(m_style.gridLine(), 0.5));
            p->drawLine(QPointF(rect.left(), top + line.height),
                        QPointF(rect.right(), top + line.height));
            continue;
        }
        p->setPen(line.type == Line::Type::Meta ? m_style.mutedText() : m_style.text());
        p->drawText(QRectF(rect.left() + line.indent, top, rect.width() - line.indent, line.height),
                    Qt::AlignLeft | Qt::AlignVCenter, line.cells.value(0));
    }
    p->restore();
}

} // namespace waymark
