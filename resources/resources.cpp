// The resources of this library are compiled in by qt_add_resources (see CMakeLists.txt);
// this translation unit only gives the static library a body.
namespace parapet {
int resourcesLinked()
{
    return 1;
}
} // namespace parapet
