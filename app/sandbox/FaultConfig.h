// FaultConfig: which failures the sandbox injects, by probability (seeded) or by script.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::sandbox {

// Every failure a client of the seeds' APIs must survive (seed 003 taxonomy + network faults).
enum class FaultKind {
    Http500,
    Http502,
    Http503,     // 503 + Retry-After: <seconds>
    Http503Date, // 503 + Retry-After: <HTTP-date> (RFC 9110 allows both forms)
    Http504,
    Http429,           // 429 + Retry-After + X-RateLimit-* with Remaining 0
    ResetBeforeReply,  // request read, connection reset (RST), nothing applied
    CloseWhileReading, // connection closed as soon as the request line arrives, nothing applied
    Stall,             // never answers; the client's own request timeout must fire
    TruncatedBody,     // Content-Length larger than the body sent, then close (request applied)
    Latency,           // the answer comes latencyMs later on the sandbox Clock
    CommitThenDrop,    // the write is applied (and cached), then the connection closes, no reply
    CommitThen502,     // seed 003 "the classic bug": applied, but the edge answers 502
};

inline constexpr FaultKind kAllFaultKinds[] = {
    FaultKind::Http500,          FaultKind::Http502,           FaultKind::Http503,
    FaultKind::Http503Date,      FaultKind::Http504,           FaultKind::Http429,
    FaultKind::ResetBeforeReply, FaultKind::CloseWhileReading, FaultKind::Stall,
    FaultKind::TruncatedBody,    FaultKind::Latency,           FaultKind::CommitThenDrop,
    FaultKind::CommitThen502};

// "500", "502", "503", "503-date", "504", "429", "reset", "close-while-reading", "stall",
// "truncate", "latency", "commit-then-drop", "commit-then-502" (the tool's --fault-<name> flags).
QString faultName(FaultKind kind);
std::optional<FaultKind> faultFromName(QStringView name);

// Random faults: each request (admin endpoints excepted) draws at most one fault, in the order
// of kAllFaultKinds, from a generator seeded with the server's seed, so a run is reproducible.
struct FaultConfig {
    QHash<FaultKind, double> probabilities; // 0..1 per kind; absent means 0
    int retryAfterSeconds = 2;              // Retry-After of 429 / 503 faults
    int latencyMs = 2000;                   // added by a Latency fault
    qint64 clockOffsetSeconds = 0; // Date header and every timestamp ahead (+) / behind (-)
    QString pathContains;          // random faults only hit paths containing this

    double probability(FaultKind k) const { return probabilities.value(k, 0.0); }
    FaultConfig &set(FaultKind k, double p) {
        probabilities.insert(k, p);
        return *this;
    }
};

// A scripted fault: the next `count` requests whose path contains pathContains (and whose method
// is `method`, when set) get this fault, before any random fault is considered.
struct ScriptedFault {
    FaultKind kind = FaultKind::Http500;
    int count = 1;
    QString pathContains;
    int retryAfterSeconds = -1; // -1: FaultConfig::retryAfterSeconds
    int latencyMs = -1;         // -1: FaultConfig::latencyMs
    QString method;             // "GET", "PUT", "POST"; empty matches any
};

} // namespace rd::sandbox
