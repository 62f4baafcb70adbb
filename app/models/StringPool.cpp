#include "models/StringPool.h"

#include <algorithm>
#include <numeric>

namespace rd {

StringPool::StringPool() {
    lookup(std::string_view());
}

quint16 StringPool::lookup(std::string_view utf8) {
    if (auto it = m_ids.find(utf8); it != m_ids.end()) {
        return it->second;
    }
    if (m_texts.size() >= kFull) {
        return kFull;
    }
    const auto id = quint16(m_texts.size());
    m_ids.emplace(std::string(utf8), id);
    m_utf8.emplace_back(utf8);
    m_texts.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_ranks.clear();
    return id;
}

quint16 StringPool::intern(const QString &s) {
    const QByteArray u = s.toUtf8();
    return intern(std::string_view(u.constData(), std::size_t(u.size())));
}

const std::vector<quint16> &StringPool::ranks() const {
    if (m_ranks.size() != m_texts.size()) {
        std::vector<quint16> order(m_texts.size());
        std::iota(order.begin(), order.end(), quint16(0));
        std::stable_sort(order.begin(), order.end(), [this](quint16 a, quint16 b) {
            return QString::compare(m_texts[a], m_texts[b], Qt::CaseInsensitive) < 0;
        });
        m_ranks.assign(order.size(), 0);
        for (std::size_t i = 0; i < order.size(); ++i) {
            m_ranks[order[i]] = quint16(i);
        }
    }
    return m_ranks;
}

std::size_t StringPool::bytes() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < m_texts.size(); ++i) {
        n += 2 * std::size_t(m_texts[i].capacity()) + 2 * (m_utf8[i].capacity() + 1) + 64;
    }
    return n;
}

} // namespace rd
