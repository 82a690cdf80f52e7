/* ch-workshop.h: the workshop file (format version 1), in and out
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-entity.h"
#include "ch-store.h"

G_BEGIN_DECLS

#define CH_WORKSHOP_ERROR (ch_workshop_error_quark())

typedef enum
{
  CH_WORKSHOP_ERROR_MALFORMED,   /* not well-formed XML, bad encoding, truncated */
  CH_WORKSHOP_ERROR_FORBIDDEN,   /* DOCTYPE, entities, processing instructions */
  CH_WORKSHOP_ERROR_NOT_WORKSHOP,/* wrong root element or namespace */
  CH_WORKSHOP_ERROR_NEWER,       /* a newer major version */
  CH_WORKSHOP_ERROR_INVALID,     /* breaks a rule of the format */
  CH_WORKSHOP_ERROR_TOO_LARGE,   /* over a limit that guards memory */
  CH_WORKSHOP_ERROR_CANCELLED,
  CH_WORKSHOP_ERROR_IO,
} ChWorkshopError;

/* Limits that keep a hostile file from exhausting memory. */
#define CH_WORKSHOP_MAX_TEXT      (1024 * 1024)
#define CH_WORKSHOP_MAX_ELEMENTS  10000000
#define CH_WORKSHOP_MAX_BYTES     ((goffset)2 * 1024 * 1024 * 1024)
/* Of each repeated child of one entity (tags, quotes, votes…). */
#define CH_WORKSHOP_MAX_REPEATED  (10 * 1000)

/* Where the reader hands what it read: the workshop itself once its title
 * and description are known, then each entity, in file order (sessions,
 * personas, participants, clusters, ideas), every reference already
 * checked. Returning FALSE stops the reading with that error. */
typedef struct
{
  gboolean (*workshop) (gpointer               user_data,
                        const ChStoreWorkshop *workshop,
                        GError               **error);
  gboolean (*entity)   (gpointer               user_data,
                        ChEntity              *entity,
                        GError               **error);
} ChWorkshopSink;

/* Called now and then from the reading thread with the bytes read. */
typedef void (*ChWorkshopProgress) (goffset  bytes_read,
                                    gpointer user_data);

GQuark   ch_workshop_error_quark (void);

/* For tests: a lower element limit, to check it without a file of ten
 * million elements; 0 puts back CH_WORKSHOP_MAX_ELEMENTS. */
void     ch_workshop_set_max_elements (guint max_elements);

gboolean ch_workshop_read        (GInputStream          *stream,
                                  const char            *display_name,
                                  const ChWorkshopSink  *sink,
                                  gpointer               sink_data,
                                  ChWorkshopProgress     progress,
                                  gpointer               progress_data,
                                  GCancellable          *cancellable,
                                  GError               **error);

gboolean ch_workshop_read_pipelined (GInputStream          *stream,
                                     const char            *display_name,
                                     const ChWorkshopSink  *sink,
                                     gpointer               sink_data,
                                     ChWorkshopProgress     progress,
                                     gpointer               progress_data,
                                     GCancellable          *cancellable,
                                     GError               **error);

/* What a writer writes: the workshop and its entities, each list a
 * GPtrArray of one ChEntity subclass, in any order. */
typedef struct
{
  const ChStoreWorkshop *workshop;
  GPtrArray             *sessions;
  GPtrArray             *personas;
  GPtrArray             *participants;
  GPtrArray             *clusters;
  GPtrArray             *ideas;
} ChWorkshopContent;

/* Writes a workshop file; @progress gets the number of entities written. */
gboolean ch_workshop_write       (GOutputStream            *stream,
                                  const ChWorkshopContent  *content,
                                  ChWorkshopProgress        progress,
                                  gpointer                  progress_data,
                                  GCancellable             *cancellable,
                                  GError                  **error);
/* One row per idea, RFC 4180. */
gboolean ch_workshop_write_csv   (GOutputStream            *stream,
                                  const ChWorkshopContent  *content,
                                  GCancellable             *cancellable,
                                  GError                  **error);
/* The workshop as a report: sessions, personas, then clusters with
 * their ideas, most votes first. */
gboolean ch_workshop_write_markdown (GOutputStream         *stream,
                                     const ChWorkshopContent *content,
                                     GCancellable          *cancellable,
                                     GError               **error);

/* RFC 3339 in UTC ("2026-11-22T10:15:00Z") and back. */
char    *ch_workshop_format_time (gint64                 time);
gboolean ch_workshop_parse_time  (const char            *text,
                                  gint64                *time);
gboolean ch_workshop_date_is_valid (const char          *text);

G_END_DECLS
