// Commands: the body of each retrydesk-cli command, run on a connected CliApp; each ends with
// CliApp::finish or CliApp::fail.
#pragma once

namespace rd::cli {

class CliApp;

void runValidationsList(CliApp &app);
void runValidationsShow(CliApp &app);
void runPolicySet(CliApp &app);
void runCancel(CliApp &app);
void runListsList(CliApp &app);
void runListsShow(CliApp &app);
void runListsRetry(CliApp &app);
void runWatch(CliApp &app);

} // namespace rd::cli
