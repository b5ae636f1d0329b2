#include <gtest/gtest.h>

#include "render/html.hpp"

namespace trichosim::render {
namespace {

TEST(Html, EscapesEveryMarkupCharacter) {
  EXPECT_EQ(html_escape("<script>alert('x & \"y\"')</script>"),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;");
  EXPECT_EQ(html_escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  EXPECT_EQ(html_escape("plain text, 25 y"), "plain text, 25 y");
  EXPECT_EQ(html_escape(""), "");
}

TEST(Html, Base64MatchesTheRfc4648TestVectors) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foob"), "Zm9vYg==");
  EXPECT_EQ(base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64(std::string("\xff\x00\x80", 3)), "/wCA");
}

TEST(Html, ScriptSafeJsonCannotCloseTheScriptElement) {
  EXPECT_EQ(script_safe_json(R"({"a":"</script><b>"})"), R"({"a":"<\/script><b>"})");
}

}  // namespace
}  // namespace trichosim::render
