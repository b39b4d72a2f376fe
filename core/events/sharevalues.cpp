#include "sharevalues.h"

namespace waymark::events {

void ValueMerge::add(const ShareValues &share, const std::vector<uint32_t> *global,
                     uint32_t caseCount, EventTable *table)
{
    for (size_t ch = 0; ch < share.channelSteps.size(); ++ch) {
        const QString &name = share.channelNames[ch];
        auto it = m_channelIndex.constFind(name);
        if (it == m_channelIndex.constEnd()) {
            it = m_channelIndex.insert(name, int(table->channelNames.size()));
            table->channelNames.append(name);
        }
        for (size_t step = 0; step < share.channelSteps[ch].size(); ++step) {
            const qint64 visits = share.channelSteps[ch][step];
            if (visits == 0)
                continue;
            bool added = false;
            const uint64_t key = (uint64_t(uint32_t(*it)) << 32) | uint32_t(step);
            const int at = m_channelCells.findOrAdd(key, int(table->channelVisits.size()), &added);
            if (added)
                table->channelVisits.push_back({int32_t(step), *it, 0});
            table->channelVisits[size_t(at)].visits += visits;
        }
    }
    if (!m_segments)
        return;
    std::vector<int> names(share.segmentNames.size());
    for (size_t k = 0; k < names.size(); ++k) {
        auto it = m_segmentIndex.constFind(share.segmentNames[k]);
        if (it == m_segmentIndex.constEnd()) {
            it = m_segmentIndex.insert(share.segmentNames[k], int(table->segmentNames.size()));
            table->segmentNames.append(share.segmentNames[k]);
        }
        names[k] = *it;
    }
    table->caseSegment.resize(caseCount, -1);
    m_segmentTime.resize(caseCount, 0);
    for (size_t c = 0; c < share.caseSegments.size(); ++c) {
        const int32_t s = share.caseSegments[c].segment;
        if (s < 0)
            continue;
        const uint32_t g = global ? (*global)[c] : uint32_t(c);
        // Earlier shares win ties: they come first in the file.
        if (table->caseSegment[g] < 0 || share.caseSegments[c].time < m_segmentTime[g]) {
            table->caseSegment[g] = int32_t(names[size_t(s)]);
            m_segmentTime[g] = share.caseSegments[c].time;
        }
    }
}

} // namespace waymark::events
