#include "models/ListChains.h"

namespace rd {

bool ListChains::link(const QString &oldId, const QString &newId) {
    if (oldId.isEmpty() || newId.isEmpty() || oldId == newId || m_parent.contains(newId)) {
        return false;
    }
    // newId must not be oldId or one of its ancestors: that would make a loop.
    for (QString at = oldId; !at.isEmpty(); at = m_parent.value(at)) {
        if (at == newId) {
            return false;
        }
    }
    m_parent.insert(newId, oldId);
    m_children[oldId].append(newId);
    return true;
}

QString ListChains::root(const QString &id) const {
    QString at = id;
    for (auto it = m_parent.constFind(at); it != m_parent.cend(); it = m_parent.constFind(at)) {
        at = *it; // link() keeps the graph acyclic, so this ends
    }
    return at;
}

QStringList ListChains::chainOf(const QString &id) const {
    QStringList out;
    QStringList stack{root(id)};
    while (!stack.isEmpty()) {
        const QString at = stack.takeLast();
        out.append(at);
        const QStringList children = m_children.value(at);
        for (auto it = children.crbegin(); it != children.crend(); ++it) {
            stack.append(*it); // reversed, so the first-learned retry comes out first
        }
    }
    return out;
}

QString ListChains::text(const QString &id) const {
    if (!inChain(id)) {
        return {};
    }
    return chainOf(id).join(QStringLiteral(" → "));
}

void ListChains::clear() {
    m_parent.clear();
    m_children.clear();
}

} // namespace rd
