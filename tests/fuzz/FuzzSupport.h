// FuzzSupport: what every fuzz target shares — loud invariant checks, input as Qt types, quiet Qt.
#pragma once

#include "domain/JsonUtil.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace rdfuzz {

// An invariant a parser must keep whatever the bytes. A failure aborts, which libFuzzer reports
// as a crash and saves the input (build-fuzz/artifacts/crash-…), like a sanitizer report.
[[noreturn]] inline void failed(const char *what, const char *file, int line,
                                const QString &detail) {
    std::fprintf(stderr, "\n==FUZZ== invariant broken: %s\n  at %s:%d\n", what, file, line);
    if (!detail.isEmpty()) {
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    }
    std::fflush(stderr);
    std::abort();
}

// RD_FUZZ_STRICT=1 adds the contract checks (FUZZ_EXPECT below): two parsers that must agree
// (the simdjson page decoder and Validation::fromJson), a parser against its own writer
// (fromJson(toJson(x)) == x), documented promises of a parser. Off by default: they find
// disagreements of meaning, not memory errors (docs/fuzzing.md lists what they found).
inline bool strict() {
    static const bool on = qEnvironmentVariableIntValue("RD_FUZZ_STRICT") != 0;
    return on;
}

// Reads every character so ASan sees a string that points at freed or foreign memory.
inline void touch(const QString &s) {
    static volatile std::size_t sink = 0;
    std::size_t h = std::size_t(s.size());
    for (const QChar c : s) {
        h = h * 31 + c.unicode();
    }
    sink = sink + h;
}

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)); // a deep copy
}

// What net::Operation makes of a 2xx body: the seed 003 envelope's data, an array as it is, the
// whole object otherwise (seed 000 {"success":…,"message":…}).
inline QJsonValue payloadOf(const QJsonDocument &doc) {
    return doc.isObject()  ? rd::json::unwrapData(doc.object())
           : doc.isArray() ? QJsonValue(doc.array())
                           : QJsonValue();
}

// Qt's warnings would flood the fuzzer's output at thousands of runs a second: drop debug, info
// and warning messages; critical and fatal go to stderr (fatal aborts: a crash, on purpose).
inline void quietQt() {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (type == QtCriticalMsg || type == QtFatalMsg) {
            std::fprintf(stderr, "Qt: %s\n", msg.toUtf8().constData());
            if (type == QtFatalMsg) {
                std::abort();
            }
        }
    });
}

} // namespace rdfuzz

// FUZZ_CHECK: always on — what no input may break (a broken one is a bug of the crash kind:
// corrupt rows, a lost count, an unreadable time). FUZZ_EXPECT: a documented contract of the
// parser ("sets *error when it refuses", "remaining() is never negative"), checked under
// RD_FUZZ_STRICT=1 only, so a finding there is reported without failing ./setup.sh test.
#define FUZZ_CHECK(cond, detail)                                                                   \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            ::rdfuzz::failed(#cond, __FILE__, __LINE__, (detail));                                 \
        }                                                                                          \
    } while (0)
#define FUZZ_EXPECT(cond, detail)                                                                  \
    do {                                                                                           \
        if (::rdfuzz::strict() && !(cond)) {                                                       \
            ::rdfuzz::failed(#cond, __FILE__, __LINE__, (detail));                                 \
        }                                                                                          \
    } while (0)
