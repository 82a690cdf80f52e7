/* workshop-sink.h: the sink that the workshop reader's fuzz target and
 * its corpus replay test share: it takes everything the reader hands
 * over and reads it back, so that every getter and the copy of each
 * entity run on what a hostile file can produce.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "ch-workshop.h"

typedef struct
{
  guint  n_workshops;
  guint  n_entities;
  gsize  n_bytes;  /* of text and ids seen, so nothing is optimised away */
} FuzzSinkData;

static inline void
fuzz_sink_touch_string (FuzzSinkData *data,
                        const char   *text)
{
  if (text != NULL)
    data->n_bytes += strlen (text);
}

static inline gboolean
fuzz_sink_workshop (gpointer               user_data,
                    const ChStoreWorkshop *workshop,
                    GError               **error)
{
  FuzzSinkData *data = user_data;

  g_assert (workshop != NULL);
  fuzz_sink_touch_string (data, workshop->id);
  fuzz_sink_touch_string (data, workshop->title);
  fuzz_sink_touch_string (data, workshop->description);
  data->n_bytes += (gsize)(workshop->created ^ workshop->modified) & 1;
  data->n_workshops++;

  /* The reader hands the workshop over once, before any entity. */
  g_assert_cmpuint (data->n_workshops, ==, 1);
  g_assert_cmpuint (data->n_entities, ==, 0);

  return TRUE;
}

/* Reads every readable property, as a view or the store would. */
static inline void
fuzz_sink_read_properties (FuzzSinkData *data,
                           GObject      *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READABLE) == 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      if (G_VALUE_HOLDS_STRING (&value))
        fuzz_sink_touch_string (data, g_value_get_string (&value));
      else if (G_VALUE_HOLDS (&value, G_TYPE_STRV))
        {
          const char * const *strv = g_value_get_boxed (&value);

          for (guint j = 0; strv != NULL && strv[j] != NULL; j++)
            fuzz_sink_touch_string (data, strv[j]);
        }
    }
}

static inline gboolean
fuzz_sink_entity (gpointer   user_data,
                  ChEntity  *entity,
                  GError   **error)
{
  FuzzSinkData *data = user_data;
  g_autoptr(ChEntity) copy = NULL;

  g_assert (CH_IS_ENTITY (entity));
  g_assert (ch_uuid_is_valid (ch_entity_get_id (entity)));
  g_assert_cmpint (ch_entity_get_modified (entity), >=, 0);

  fuzz_sink_read_properties (data, G_OBJECT (entity));

  copy = ch_entity_copy (entity);
  g_assert (copy != NULL);
  g_assert_cmpstr (ch_entity_get_id (copy), ==, ch_entity_get_id (entity));

  data->n_entities++;

  return TRUE;
}

static const ChWorkshopSink fuzz_sink = {
  fuzz_sink_workshop,
  fuzz_sink_entity,
};

/* Reads @length bytes as a workshop file. The result must be consistent:
 * TRUE with no error, or FALSE with one error of CH_WORKSHOP_ERROR. */
static inline gboolean
fuzz_read_workshop (const guint8 *bytes,
                    gsize         length,
                    const char   *display_name,
                    GError      **error_out)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  FuzzSinkData data = { 0 };
  gboolean ok;

  stream = g_memory_input_stream_new_from_data (bytes, (gssize)length, NULL);
  ok = ch_workshop_read (stream, display_name, &fuzz_sink, &data,
                         NULL, NULL, NULL, &error);

  if (ok)
    {
      g_assert_no_error (error);
      /* A file that is read whole has a workshop. */
      g_assert_cmpuint (data.n_workshops, ==, 1);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == CH_WORKSHOP_ERROR);
      g_assert_nonnull (error->message);
    }

  if (error_out != NULL)
    *error_out = g_steal_pointer (&error);

  return ok;
}
