// ListChains: which bulk list retried which — the retry chains of seed 000's lists.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace rd {

// Seed 000's retry answer names the NEW list; the old one is the list the request retried.
// retry_of (RetryDesk's assumption, docs/api.md) says the same where the server gives it. Links
// are only ever added: a later answer without retry_of does not forget what an earlier one said.
// A list retries at most one list (the first link learned wins) and a link that would close a
// loop is refused, so every chain is a tree with one root.
class ListChains {
public:
    // newId retries oldId. True when this is new knowledge.
    bool link(const QString &oldId, const QString &newId);
    // The list id retries, or empty.
    QString retryOf(const QString &id) const { return m_parent.value(id); }
    // The first list of id's chain (id itself when it retries nothing).
    QString root(const QString &id) const;
    // Every list of id's chain: the root first, each list before the retries of it, siblings in
    // the order they were learned. {id} when id is in no chain.
    QStringList chainOf(const QString &id) const;
    bool inChain(const QString &id) const {
        return m_parent.contains(id) || m_children.contains(id);
    }
    // "list_1 → list_2 → list_3"; empty when id is in no chain.
    QString text(const QString &id) const;
    void clear();

private:
    QHash<QString, QString> m_parent;       // new → old
    QHash<QString, QStringList> m_children; // old → its retries, in the order learned
};

} // namespace rd
