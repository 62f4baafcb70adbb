// ReplyBinding: connects an Operation's finished() to a typed callback through one mapping
// function — how every adapter method turns a Result into a Reply<T>.
#pragma once

#include "api/Reply.h"
#include "net/Operation.h"

#include <QObject>

namespace rd::api::detail {

template <typename T, typename Map>
net::Operation *bindReply(net::Operation *op, Callback<T> done, Map map) {
    QObject::connect(op, &net::Operation::finished, op,
                     [done = std::move(done), map](const net::Result &result) {
                         Reply<T> reply;
                         reply.result = result;
                         if (result.ok()) {
                             reply.value = map(result, &reply.decodeError);
                         }
                         if (done) {
                             done(reply);
                         }
                     });
    return op;
}

} // namespace rd::api::detail
