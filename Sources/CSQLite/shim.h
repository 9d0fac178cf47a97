#ifndef GPM_CSQLITE_SHIM_H
#define GPM_CSQLITE_SHIM_H
#include <sqlite3.h>

// Swift cannot call C variadic functions such as sqlite3_db_config, nor import the
// SQLITE_TRANSIENT macro (a function-pointer cast of -1). These wrappers expose both.

/// Turns off double-quoted string literals for DML and DDL, so that a misspelt
/// column name in "double quotes" is an error instead of a silent string.
static inline int gpm_sqlite3_disable_dqs(sqlite3 *db) {
    int rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
}

/// Binds UTF-8 text that SQLite copies before returning (SQLITE_TRANSIENT).
static inline int gpm_sqlite3_bind_text_transient(sqlite3_stmt *stmt, int index, const char *text, int byteCount) {
    return sqlite3_bind_text(stmt, index, text, byteCount, SQLITE_TRANSIENT);
}

/// Binds bytes that SQLite copies before returning (SQLITE_TRANSIENT).
static inline int gpm_sqlite3_bind_blob_transient(sqlite3_stmt *stmt, int index, const void *bytes, int byteCount) {
    return sqlite3_bind_blob(stmt, index, bytes, byteCount, SQLITE_TRANSIENT);
}

#endif
