// GNU readline (Debian's libreadline-dev), with setters for its globals: under
// Swift 6, touching a C global from Swift is a concurrency error, a C call is not.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

static inline void CReadline_setCatchSignals(int on) { rl_catch_signals = on; rl_catch_sigwinch = on; }
static inline void CReadline_setCompletion(rl_completion_func_t *function) { rl_attempted_completion_function = function; }
static inline void CReadline_setCompletionOver(int over) { rl_attempted_completion_over = over; }
static inline void CReadline_setAppendCharacter(int character) { rl_completion_append_character = character; }
static inline void CReadline_setWordBreakCharacters(const char *characters) { rl_completer_word_break_characters = (char *)characters; }
static inline const char *CReadline_lineBuffer(void) { return rl_line_buffer; }
static inline int CReadline_point(void) { return rl_point; }
static inline void CReadline_setName(const char *name) { rl_readline_name = name; }
static inline int CReadline_historyLength(void) { return history_length; }

/// Abandons the line being edited after Ctrl-C and shows a fresh prompt.
static inline void CReadline_abandonLine(void) {
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

/// The last history entry's text, or NULL.
static inline const char *CReadline_lastHistoryLine(void) {
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}
