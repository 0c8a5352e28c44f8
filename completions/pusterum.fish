# fish completion for pusterum: the candidates come from the program itself
# (`pusterum __complete WORD... CURRENT`), as for bash and zsh.
function __pusterum_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    $words[1] __complete $words[2..-1] "$current" 2>/dev/null
end
complete -c pusterum -f -a '(__pusterum_complete)'
# Arguments that are files.
complete -c pusterum -s C -l root -r -F
complete -c pusterum -l file -s f -r -F
complete -c pusterum -l import -r -F
