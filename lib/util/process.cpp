#include "util/process.hpp"

#include "privacy/cpr.hpp"
#include "util/text.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <pwd.h>
#include <unistd.h>

extern char** environ;

namespace pusterum::process {

namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  ~Pipe() {
    for (int f : fd)
      if (f >= 0) ::close(f);
  }
  void close_end(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
};

} // namespace

Result run(const std::vector<std::string>& argv) {
  Result result;
  if (argv.empty()) {
    result.error = "no program given";
    return result;
  }
  Pipe out, err;
  if (::pipe2(out.fd, O_CLOEXEC) != 0 || ::pipe2(err.fd, O_CLOEXEC) != 0) {
    result.error = std::strerror(errno);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    result.error = rc == ENOENT ? "not found on PATH" : std::strerror(rc);
    return result;
  }
  result.started = true;
  out.close_end(1);
  err.close_end(1);
  // Read both pipes until both close, so a chatty child never blocks on a full pipe.
  pollfd fds[2] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_count = 2;
  char buffer[4096];
  while (open_count > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;
        --open_count;
      }
    }
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
  return result;
}

std::string choose_user_name(const char* account, const char* env_user, unsigned uid) {
  // The name goes into every entry's `by:` and the access log: held to the
  // text policy and the CPR rule like a flag (an account named after a
  // person's CPR number is not written into every file).
  const auto usable = [](const char* name) {
    return name && *name && !text::unstorable_character(name) && !privacy::contains_cpr(name);
  };
  if (usable(account)) return account;
  if (usable(env_user)) return env_user;
  return "uid-" + std::to_string(uid);
}

std::string user_name() {
  const passwd* pw = ::getpwuid(::geteuid());
  return choose_user_name(pw ? pw->pw_name : nullptr, std::getenv("USER"), ::geteuid());
}

} // namespace pusterum::process
