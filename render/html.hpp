#pragma once
#include <string>
#include <string_view>

namespace trichosim::render {

/// Escapes text for HTML element content and attribute values: & < > " ' become entities.
std::string html_escape(std::string_view text);

/// Standard base64 (RFC 4648, with padding).
std::string base64(std::string_view bytes);

/// A data URI for PNG bytes ("data:image/png;base64,...").
std::string png_data_uri(std::string_view png);

/// Makes JSON text safe inside an inline <script>: "</" becomes "<\/" (same JSON value).
std::string script_safe_json(std::string_view json);

}  // namespace trichosim::render
